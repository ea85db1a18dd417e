package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.repair.CannedJob;
import com.fours.workbench.repair.DispatchTarget;
import com.fours.workbench.repair.JobBoardColumn;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.repair.LineStatus;
import com.fours.workbench.repair.LineTime;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.repair.TechnicianJob;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The whole workshop flow through the screens, headless, by a team lead who also works on cars:
 * build the plan from a canned job and have it approved (part A's plan editor), dispatch the oil
 * change to himself, clock on, add an extra line that needs the customer's approval, approve it,
 * finish the job; the car's card moves across the job board at each step, and at the end the board
 * moves it by itself (its 20 s refresh) when work starts elsewhere.
 */
class DispatchFlowUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.setUpStore().password(RepairFixture.PASSWORD);

    private static RepairFixture fixture;
    private static AppServices services;

    @BeforeAll
    static void openDatabase() {
        fixture = new RepairFixture(ui.services());
        services = fixture.services;
        services.authentication().logout();
        TestWorkbench.passwordsChosen(services, "wanggang");
    }

    @Test
    void planApproveDispatchClockOnAndOffWithAnExtraLineAndTheBoardFollows(FxRobot robot) {
        String number = fixture.intake.repairOrder().number();
        ui.logIn(robot, "wanggang", "#tab-REPAIR_ORDERS");
        robot.clickOn("#tab-REPAIR_ORDERS");
        assertThat(boardColumnOf(robot, number)).as("received").isEqualTo(JobBoardColumn.WAITING);

        // the plan from the canned job, in part A's plan editor
        section(robot, "orders");
        waitUntil(() -> robot.lookup("#repairOrderList").queryAs(TableView.class).getItems().size() == 1);
        robot.interact(() -> robot.lookup("#repairOrderList").queryAs(TableView.class).getSelectionModel().select(0));
        waitUntil(() -> text(robot, "#planTitle").startsWith(number));
        waitUntil(() -> !robot.lookup("#cannedJobChoice").queryAs(ComboBox.class).getItems().isEmpty());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<CannedJob> canned = robot.lookup("#cannedJobChoice").queryAs(ComboBox.class);
            canned.setValue(canned.getItems().get(0));
        });
        robot.clickOn("#applyCannedJob");
        waitUntil(() -> lines(robot).size() == 3);
        assertThat(boardColumnOf(robot, number)).as("planned").isEqualTo(JobBoardColumn.WAITING_FOR_APPROVAL);

        // approved at the counter
        approve(robot, number);
        assertThat(boardColumnOf(robot, number)).as("approved, nobody on it").isEqualTo(JobBoardColumn.WAITING);

        // dispatch the oil change to himself
        section(robot, "dispatch");
        waitUntil(() -> robot.lookup("#dispatchJobs").queryAs(TableView.class).getItems().size() == 1);
        robot.interact(() -> robot.lookup("#dispatchJobs").queryAs(TableView.class).getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#dispatchTarget").queryAs(ComboBox.class).getItems().isEmpty());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<DispatchTarget> target = robot.lookup("#dispatchTarget").queryAs(ComboBox.class);
            target.setValue(target.getItems().stream().filter(t -> t.name().equals("wanggang 测试")).findFirst().orElseThrow());
        });
        robot.clickOn("#dispatchButton");
        waitUntil(() -> text(robot, "#dispatchMessage").equals("机油机滤更换 given to wanggang 测试."));
        waitUntil(() -> text(robot, "#dispatchHistory").contains("wanggang 测试 (wanggang)"));

        // clock on from his own screen
        section(robot, "myJobs");
        waitUntil(() -> myJobs(robot).size() == 1);
        WorkbenchRobot.save(robot.lookup("#mainWindow").query().getScene(), Path.of("target", "dispatch-my-jobs.png"));
        clickWhenEnabled(robot, "#clockOnButton");
        waitUntil(() -> text(robot, "#myJobsMessage").equals("Clocked on 机油机滤更换."));
        waitUntil(() -> myJobs(robot).get(0).clockedOn());
        assertThat(services.repairOrderService().plan(fixture.orderId()).status()).isEqualTo(RepairOrderStatus.IN_PROGRESS);
        assertThat(boardColumnOf(robot, number)).isEqualTo(JobBoardColumn.IN_PROGRESS);
        WorkbenchRobot.save(robot.lookup("#mainWindow").query().getScene(), Path.of("target", "dispatch-board-in-progress.png"));

        // under the car: the front pads need doing, above the margin, so the customer is asked again
        ui.clock().advance(Duration.ofMinutes(20));
        section(robot, "orders");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<LabourOperation> operation = robot.lookup("#lineOperation").queryAs(ComboBox.class);
            operation.setValue(operation.getItems().stream().filter(o -> o.code().equals("BRAKE-01")).findFirst()
                    .orElseThrow());
        });
        clickWhenEnabled(robot, "#addLine");
        // the plan on screen was read before the clock-on: the save is refused with what changed, then done again
        waitUntil(() -> text(robot, "#planMessage").startsWith("Someone saved this order first"));
        assertThat(text(robot, "#planMessage")).contains("wanggang changed the status 机油机滤更换");
        assertThat(lines(robot)).hasSize(3);
        clickWhenEnabled(robot, "#addLine");
        waitUntil(() -> lines(robot).size() == 4);
        assertThat(boardColumnOf(robot, number)).as("an extra line waits for the customer")
                .isEqualTo(JobBoardColumn.WAITING_FOR_APPROVAL);
        approve(robot, number);
        assertThat(boardColumnOf(robot, number)).isEqualTo(JobBoardColumn.IN_PROGRESS);

        // the oil change is finished; the filter and oil are not issued yet, nobody works: waiting for parts
        ui.clock().advance(Duration.ofMinutes(12));
        section(robot, "myJobs");
        waitUntil(() -> myJobs(robot).size() == 1 && myJobs(robot).get(0).clockedOn());
        WorkbenchRobot.save(robot.lookup("#mainWindow").query().getScene(), Path.of("target", "dispatch-before-finish.png"));
        clickWhenEnabled(robot, "#finishButton");
        // the message is emptied while the step runs (on an H2 file long enough to be seen): wait for the next one
        waitUntil(() -> !text(robot, "#myJobsMessage").isEmpty() && !text(robot, "#myJobsMessage").startsWith("Clocked on"));
        assertThat(text(robot, "#myJobsMessage")).isEqualTo("Clocked off 机油机滤更换. finished");
        assertThat(boardColumnOf(robot, number)).isEqualTo(JobBoardColumn.WAITING_FOR_PARTS);

        RepairPlan plan = services.repairOrderService().plan(fixture.orderId());
        RepairLine oilChange = plan.lines().get(0);
        assertThat(oilChange.status()).isEqualTo(LineStatus.DONE);

        // the board refreshes by itself: the pads are dispatched and started elsewhere, nobody touches the screen
        long pads = plan.lines().get(3).id();
        services.dispatch().assign(pads, services.dispatch().targets().stream()
                .filter(t -> "wanggang 测试".equals(t.name())).findFirst().orElseThrow());
        services.jobClock().clockOn(pads);
        String card = "#jobCard-" + number;
        try {
            WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> robot.lookup("#jobBoardColumn-IN_PROGRESS")
                    .queryAs(Parent.class).getChildrenUnmodifiable().stream().anyMatch(n -> card.equals("#" + n.getId())));
        } catch (TimeoutException e) {
            throw new AssertionError("the board did not refresh by itself", e);
        }
        LineTime time = services.jobClock().times(fixture.orderId()).get(0);
        assertThat(time.actualMinutes()).isEqualTo(32L);
        assertThat(time.actualHours().toPlainString()).isEqualTo("0.53");

        // the lead sees how long the pads have taken against the book, and who worked them
        ui.clock().advance(Duration.ofMinutes(45));
        String standard = services.repairOrderService().plan(fixture.orderId()).lines().get(3).standardHours()
                .stripTrailingZeros().toPlainString();
        section(robot, "dispatch");
        robot.clickOn("#dispatchRefresh");
        waitUntil(() -> robot.lookup("#dispatchJobs").queryAs(TableView.class).getItems().size() == 1);
        robot.interact(() -> robot.lookup("#dispatchJobs").queryAs(TableView.class).getSelectionModel().select(0));
        waitUntil(() -> text(robot, "#dispatchWorked").startsWith("Worked"));
        BigDecimal variance = new BigDecimal("0.75").subtract(new BigDecimal(standard)).setScale(2);
        assertThat(text(robot, "#dispatchWorked")).isEqualTo("Worked 0.75 h against " + standard + " h standard ("
                + (variance.signum() > 0 ? "+" : "") + variance.toPlainString() + " h): wanggang 测试 0.75 h");
    }

    private static void approve(FxRobot robot, String number) {
        section(robot, "orders");
        clickWhenEnabled(robot, "#approvePlan");
        waitUntil(() -> robot.lookup("#approvalDialog").tryQuery().isPresent());
        robot.clickOn("#approvalSave");
        waitUntil(() -> text(robot, "#planMessage").startsWith("Approval recorded"));
        waitUntil(() -> robot.lookup("#approvalDialog").tryQuery().isEmpty());
    }

    /** Shows the board and waits for the card of the order; returns its column. */
    private static JobBoardColumn boardColumnOf(FxRobot robot, String number) {
        section(robot, "board");
        String card = "#jobCard-" + number;
        JobBoardColumn[] found = new JobBoardColumn[1];
        waitUntil(() -> {
            for (JobBoardColumn column : JobBoardColumn.values()) {
                Parent cards = robot.lookup("#jobBoardColumn-" + column.name()).queryAs(Parent.class);
                if (cards.getChildrenUnmodifiable().stream().anyMatch(n -> card.equals("#" + n.getId()))) {
                    found[0] = column;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Chooses a sub-tab of the Repair Orders tab; choosing the board again reads it again. */
    private static void section(FxRobot robot, String pane) {
        waitUntil(() -> robot.lookup("#repairSections").tryQuery().isPresent());
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#repairSections").queryAs(TabPane.class);
            if (pane.equals("board")) {
                for (JobBoardColumn column : JobBoardColumn.values()) {
                    robot.lookup("#jobBoardColumn-" + column.name()).tryQueryAs(Parent.class)
                            .ifPresent(p -> ((javafx.scene.layout.Pane) p).getChildren().clear());
                }
            }
            tabs.getTabs().stream().filter(t -> ("repairTab-" + pane).equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<RepairLine> lines(FxRobot robot) {
        return List.copyOf(robot.lookup("#planLines").queryAs(TableView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    private static List<TechnicianJob> myJobs(FxRobot robot) {
        return List.copyOf(robot.lookup("#myJobsList").queryAs(ListView.class).getItems());
    }

    private static void clickWhenEnabled(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent()
                && !robot.lookup(query).query().isDisabled());
        robot.clickOn(query);
    }
}
