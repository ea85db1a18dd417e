package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.care.Complaint;
import com.fours.workbench.care.ComplaintCategory;
import com.fours.workbench.care.ComplaintChannel;
import com.fours.workbench.care.ComplaintInput;
import com.fours.workbench.care.ComplaintRow;
import com.fours.workbench.care.ComplaintSeverity;
import com.fours.workbench.care.ComplaintStatus;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Issue 17: the manager sees the overdue complaint in red, its owner (the care agent) agrees the
 * solution and records the confirming callback, and the manager closes it.
 */
class ComplaintsUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.setUpStore().password(RepairFixture.PASSWORD).size(1366, 768);

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static AppServices services;
    private static Complaint complaint;

    @BeforeAll
    static void openDatabase() {
        RepairFixture f = new RepairFixture(ui.services());
        services = f.services;
        services.authentication().logout();
        UserAccount care = TestWorkbench.addUser(services, "care", RepairFixture.PASSWORD, Role.CUSTOMER_SERVICE_AGENT);
        f.as("care");
        complaint = services.complaints().record(new ComplaintInput(f.vehicle.id(), f.orderId(), ComplaintChannel.PHONE,
                ComplaintCategory.WAITING_TIME, ComplaintSeverity.MEDIUM, "等了三个小时车还没修好", care.id(), null));
        services.authentication().logout();
        ui.clock().advance(Duration.ofMinutes(75));
        TestWorkbench.passwordsChosen(services);
    }

    @Test
    void theManagerSeesTheOverdueComplaintTheOwnerResolvesItAndTheConfirmingCallbackLetsTheManagerClose(FxRobot robot) {
        ui.logIn(robot, "zhoujie");
        WorkbenchRobot.selectModule(robot, "tab-CUSTOMER_CARE");
        WorkbenchRobot.selectTab(robot, "#careTabs", "careTab-complaints");
        waitUntil(() -> rows(robot).getItems().size() == 1);
        waitUntil(() -> overdueRows(robot) == 1);
        assertThat(rows(robot).getItems().get(0).complaint().number()).isEqualTo(complaint.number());
        WorkbenchRobot.logOut(robot);

        ui.logIn(robot, "care");
        WorkbenchRobot.selectModule(robot, "tab-CUSTOMER_CARE");
        WorkbenchRobot.selectTab(robot, "#careTabs", "careTab-complaints");
        waitUntil(() -> rows(robot).getItems().size() == 1);
        robot.clickOn(complaint.number());
        waitUntil(() -> text(robot, "#complaintTitle").startsWith(complaint.number()));
        robot.clickOn("#complaintSatisfied");
        waitUntil(() -> text(robot, "#complaintMessage").contains("Agree a solution"), () -> text(robot, "#complaintMessage"));
        robot.clickOn("#complaintSolution").write("向客户致歉，本次工时费减免 50 元");
        robot.clickOn("#complaintSolve");
        waitUntil(() -> text(robot, "#complaintMessage").equals(complaint.number() + ": saved."),
                () -> text(robot, "#complaintMessage"));
        waitUntil(() -> overdueRows(robot) == 0);
        robot.clickOn("#complaintNote").write("客户表示满意");
        robot.clickOn("#complaintSatisfied");
        waitUntil(() -> text(robot, "#complaintMessage").equals(complaint.number() + ": confirming callback recorded."),
                () -> text(robot, "#complaintMessage"));
        assertThat(robot.lookup("#complaintClose").query().isVisible()).as("only the manager closes").isFalse();
        WorkbenchRobot.logOut(robot);

        ui.logIn(robot, "zhoujie");
        WorkbenchRobot.selectModule(robot, "tab-CUSTOMER_CARE");
        WorkbenchRobot.selectTab(robot, "#careTabs", "careTab-complaints");
        waitUntil(() -> rows(robot).getItems().size() == 1);
        robot.clickOn(complaint.number());
        waitUntil(() -> text(robot, "#complaintTitle").contains("Confirmed by the customer"));
        robot.clickOn("#complaintClose");
        waitUntil(() -> text(robot, "#complaintMessage").equals(complaint.number() + ": closed."),
                () -> text(robot, "#complaintMessage"));
        waitUntil(() -> rows(robot).getItems().isEmpty());
        String status = services.transactions().read(h -> h.createQuery("SELECT status FROM complaint WHERE id = :id")
                .bind("id", complaint.id()).mapTo(String.class).one());
        assertThat(status).isEqualTo(ComplaintStatus.CLOSED.name());
        WorkbenchRobot.logOut(robot);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ComplaintRow> rows(FxRobot robot) {
        waitUntil(() -> robot.lookup("#complaints").tryQuery().isPresent());
        return robot.lookup("#complaints").queryAs(TableView.class);
    }

    private static long overdueRows(FxRobot robot) {
        return robot.lookup("#complaints .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() != null && r.getPseudoClassStates().contains(OVERDUE))
                .count();
    }
}
