package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.staff.Appraisal;
import com.fours.workbench.staff.AppraisalStatus;
import com.fours.workbench.staff.StaffMember;

/**
 * Issue 18, staff: on the demo store the manager sees the demo's appraisals, fills the team lead's
 * last month from the figures, is refused a signature without marks, marks and signs; the lead then
 * finds it under My appraisals, signs it and prints it.
 */
class StaffUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    @Test
    @SuppressWarnings("unchecked")
    void theManagerFillsAndSignsAnAppraisalTheEmployeeSignsAndPrintsIt(FxRobot robot) {
        ui.logIn(robot, "manager");
        WorkbenchRobot.selectModule(robot, "tab-STAFF");
        WorkbenchRobot.selectTab(robot, "#staffSections", "staffAppraisals");
        TableView<Appraisal> list = robot.lookup("#staffAppraisalsList").queryAs(TableView.class);
        waitUntil(() -> list.getItems().size() >= 2);
        assertThat(list.getItems()).extracting(Appraisal::status).as("the demo's signed and draft appraisals")
                .contains(AppraisalStatus.SIGNED, AppraisalStatus.DRAFT);

        ComboBox<StaffMember> employee = robot.lookup("#appraisalEmployee").queryAs(ComboBox.class);
        waitUntil(() -> !employee.getItems().isEmpty());
        robot.interact(() -> employee.setValue(employee.getItems().stream().filter(m -> m.username().equals("lead"))
                .findFirst().orElseThrow()));
        robot.clickOn("#appraisalFill");
        waitUntil(() -> text(robot, "#staffAppraisalsHeading").startsWith("刘洋") || text(robot, "#staffAppraisalsHeading")
                .startsWith("Liu"), () -> text(robot, "#staffAppraisalsHeading") + " / " + text(robot, "#staffAppraisalsMessage"));
        TableView<?> figures = robot.lookup("#staffAppraisalsFigures").queryAs(TableView.class);
        assertThat(figures.getItems()).as("the technician's figures and the training").hasSize(8);

        toTheBottom(robot);
        robot.clickOn("#staffAppraisalsSignManager");
        waitUntil(() -> !text(robot, "#staffAppraisalsAbilityError").isEmpty());
        assertThat(text(robot, "#staffAppraisalsAbilityError")).isEqualTo("Give a mark from 1 to 5 before signing.");
        robot.interact(() -> {
            robot.lookup("#staffAppraisalsAbility").queryAs(ComboBox.class).setValue(4);
            robot.lookup("#staffAppraisalsAttitude").queryAs(ComboBox.class).setValue(5);
            robot.lookup("#staffAppraisalsSatisfaction").queryAs(ComboBox.class).setValue(4);
        });
        robot.clickOn("#staffAppraisalsComments").write("Steady month.");
        robot.clickOn("#staffAppraisalsSignManager");
        waitUntil(() -> text(robot, "#staffAppraisalsHeading").endsWith("Signed by the manager"),
                () -> text(robot, "#staffAppraisalsHeading") + " / " + text(robot, "#staffAppraisalsSheetMessage"));
        assertThat(robot.lookup("#staffAppraisalsSignManager").query().isDisabled()).as("signed: nothing changes").isTrue();
        WorkbenchRobot.logOut(robot);

        ui.logIn(robot, "lead");
        WorkbenchRobot.selectModule(robot, "tab-STAFF");
        TableView<Appraisal> mine = robot.lookup("#staffMineList").queryAs(TableView.class);
        waitUntil(() -> !mine.getItems().isEmpty());
        robot.interact(() -> mine.getSelectionModel().select(0));
        assertThat(text(robot, "#staffMineSignatures")).contains("Manager: 周杰").contains("Employee: not signed");
        toTheBottom(robot);
        robot.clickOn("#staffMineSignEmployee");
        waitUntil(() -> text(robot, "#staffMineHeading").endsWith("Signed by both"));
        assertThat(robot.lookup("#staffMineSignEmployee").query().isDisabled()).as("signed once").isTrue();
        robot.clickOn("#staffMinePrint");
        waitUntil(() -> previewWindow(robot) != null);
        robot.interact(() -> ((Stage) previewWindow(robot)).close());
        assertThat(robot.lookup("#staffSections").queryAs(javafx.scene.control.TabPane.class).getTabs())
                .as("an employee sees only his own").hasSize(1);
    }

    /** The sheet's marks and buttons are at the foot of the section's scroll pane. */
    private static void toTheBottom(FxRobot robot) {
        robot.interact(() -> robot.lookup(".scroll-pane").queryAllAs(ScrollPane.class).forEach(s -> s.setVvalue(1.0)));
    }

    private static Window previewWindow(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().contains("员工考核表")).findFirst().orElse(null);
    }
}
