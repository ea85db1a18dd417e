package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.clickWhenShown;
import static com.fours.workbench.app.WorkbenchRobot.logIn;
import static com.fours.workbench.app.WorkbenchRobot.logOut;
import static com.fours.workbench.app.WorkbenchRobot.save;
import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

import com.fours.workbench.repair.ApprovalInput;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Issue 15, problem 1: a technician is offered no way to cancel a customer's order; the advisor
 * is asked to confirm and to give a reason, and the cancelled order offers no approval and no new line.
 */
class RepairCancelUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.setUpStore().password(RepairFixture.PASSWORD);

    private static RepairFixture fixture;
    private static AppServices services;

    @BeforeAll
    static void openDatabase() {
        fixture = new RepairFixture(ui.services());
        services = fixture.services;
        services.authentication().logout();
        TestWorkbench.addUser(services, "zhangwei", RepairFixture.PASSWORD, Role.TECHNICIAN);
        TestWorkbench.passwordsChosen(services, "lina", "zhangwei");
        fixture.as("lina");
        RepairPlan plan = services.repairOrderService().applyCannedJob(fixture.orderId(),
                services.repairOrderService().plan(fixture.orderId()).version(), fixture.tenThousand.id(), false);
        services.repairOrderService().approve(fixture.orderId(), plan.version(), ApprovalInput.counter("张伟"));
        services.authentication().logout();
    }

    @Test
    void onlyTheAdvisorMayCancelAndOnlyAfterConfirmingWithAReason(FxRobot robot) throws Exception {
        String number = fixture.intake.repairOrder().number();

        // the technician sees the order but no way to cancel it
        ui.logIn(robot, "zhangwei");
        openTheOrder(robot, number);
        waitUntil(() -> robot.lookup("#to-IN_PROGRESS").tryQuery().isPresent());
        assertThat(robot.lookup("#to-CANCELLED").tryQuery()).isEmpty();
        assertThat(robot.lookup("#cancelOrder").match(NodeQueryUtils.isVisible()).tryQuery()).isEmpty();
        logOut(robot);
        // one line more that the customer has not approved yet: "Customer approval..." is enabled
        fixture.as("lina");
        services.repairOrderService().addLine(fixture.orderId(),
                services.repairOrderService().plan(fixture.orderId()).version(),
                LineInput.labour(fixture.alignment.id(), RepairFixture.q("1.2"), Payer.CUSTOMER), false);
        services.authentication().logout();

        // the advisor is asked first, and for a reason
        ui.logIn(robot, "lina");
        openTheOrder(robot, number);
        assertThat(robot.lookup("#to-CANCELLED").tryQuery()).as("no one-click cancel among the steps").isEmpty();
        assertThat(robot.lookup("#approvePlan").query().isDisabled()).isFalse();
        clickWhenShown(robot, "#cancelOrder");
        waitUntil(() -> robot.lookup("#cancelOrderDialog").tryQuery().isPresent());
        assertThat(text(robot, "#cancelOrderQuestion")).startsWith("Cancel repair order " + number + " for 张伟?");
        robot.clickOn("#cancelOrderConfirm");
        waitUntil(() -> text(robot, "#cancelReasonError").equals("This field is required."),
                () -> "error: " + text(robot, "#cancelReasonError"));
        assertThat(services.repairOrderService().plan(fixture.orderId()).status())
                .as("nothing cancelled without a reason").isEqualTo(RepairOrderStatus.APPROVED);
        Node dialog = robot.lookup("#cancelOrderDialog").query();
        save(dialog.getScene(), Path.of("target", "cancel-dialog.png"));
        assertThat(dialog.getScene().getWindow().getHeight()).isLessThan(760);
        javafx.scene.control.Label question = robot.lookup("#cancelOrderQuestion").queryAs(javafx.scene.control.Label.class);
        assertThat(question.getHeight()).as("the question is shown in full, not cut")
                .isGreaterThanOrEqualTo(question.prefHeight(question.getWidth()) - 0.5);
        robot.clickOn("#cancelReason").write("客户决定去别家保养");
        robot.clickOn("#cancelOrderConfirm");
        waitUntil(() -> robot.lookup("#cancelOrderDialog").tryQuery().isEmpty());
        waitUntil(() -> text(robot, "#planTitle").equals(number + " · Cancelled"),
                () -> text(robot, "#planTitle"));
        assertThat(text(robot, "#planMessage")).isEqualTo("Repair order cancelled: 客户决定去别家保养");

        // nothing that no longer applies
        waitUntil(() -> robot.lookup("#approvePlan").query().isDisabled());
        assertThat(robot.lookup("#addLine").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#applyCannedJob").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#cancelOrder").match(NodeQueryUtils.isVisible()).tryQuery()).isEmpty();
        assertThat(robot.lookup("#planTransitions").queryAs(javafx.scene.layout.Pane.class).getChildren()).isEmpty();
        java.util.List<String> reasons = services.transactions().read(h -> h.createQuery(
                "SELECT after_value FROM audit_log WHERE action = 'REPAIR_ORDER_CANCELLED'").mapTo(String.class).list());
        assertThat(reasons).containsExactly("客户决定去别家保养");
        logOut(robot);
    }

    private static void openTheOrder(FxRobot robot, String number) {
        waitUntil(() -> robot.lookup("#tab-REPAIR_ORDERS").tryQuery().isPresent());
        selectModule(robot, "tab-REPAIR_ORDERS");
        waitUntil(() -> robot.lookup("#repairOrderList").tryQuery().isPresent()
                && !robot.lookup("#repairOrderList").queryAs(TableView.class).getItems().isEmpty());
        robot.interact(() -> robot.lookup("#repairOrderList").queryAs(TableView.class).getSelectionModel().select(0));
        waitUntil(() -> text(robot, "#planTitle").startsWith(number), () -> text(robot, "#planTitle"));
    }
}
