package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.inspection.ActionOwner;
import com.fours.workbench.inspection.ActionState;
import com.fours.workbench.inspection.FiveSFinding;
import com.fours.workbench.inspection.FiveSInspection;

/**
 * Issue 21 on the demo store: the team lead, as workshop supervisor, opens the 5S section (the
 * demo's two inspections a month apart, one action verified and one open), scores the workshop with
 * a score outside the scale refused under its field, adds one finding that becomes a corrective
 * action for the warehouse clerk, saves, and prints the sheet.
 */
class FiveSUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    @Test
    void aWorkshopInspectionScoredWithOneFindingBecomesACorrectiveActionAndTheSheetPrints(FxRobot robot) {
        ui.logIn(robot, "lead");
        selectModule(robot, "tab-ENVIRONMENT");
        selectTab(robot, "#environmentSections", "environmentTab-fiveS");
        waitUntil(() -> robot.lookup("#fiveSScore-6").tryQuery().isPresent());
        TableView<FiveSInspection> inspections = robot.lookup("#fiveSInspections").queryTableView();
        TableView<FiveSFinding> actions = robot.lookup("#fiveSActions").queryTableView();
        waitUntil(() -> inspections.getItems().size() == 2, () -> inspections.getItems().toString());
        assertThat(actions.getItems()).extracting(FiveSFinding::state)
                .containsExactlyInAnyOrder(ActionState.OPEN, ActionState.VERIFIED);

        robot.interact(() -> {
            score(robot, 1, "9");
            for (int i = 2; i <= 6; i++) {
                score(robot, i, "4");
            }
        });
        robot.interact(() -> robot.lookup("#fiveSSave").queryAs(Button.class).fire());
        Label error = robot.lookup("#fiveSScore-1Error").queryAs(Label.class);
        waitUntil(() -> error.isVisible() && error.getText().contains("0 to 5"), error::getText);
        assertThat(inspections.getItems()).hasSize(2);

        @SuppressWarnings("unchecked")
        ComboBox<ActionOwner> owner = robot.lookup("#fiveSFindingOwner").queryAs(ComboBox.class);
        LocalDate due = LocalDate.now(ui.services().clock()).plusDays(3);
        long techId = ui.services().transactions().read(h -> h.createQuery(
                "SELECT id FROM app_user WHERE username = 'tech'").mapTo(Long.class).one());
        robot.interact(() -> {
            score(robot, 1, "3");
            robot.lookup("#fiveSFindingText").queryAs(TextField.class).setText("配件暂存架上有旧机滤未处理");
            owner.setValue(owner.getItems().stream().filter(o -> o.name().equals("赵磊")).findFirst().orElseThrow());
            robot.lookup("#fiveSFindingDue").queryAs(DatePicker.class).setValue(due);
            robot.lookup("#fiveSAddFinding").queryAs(Button.class).fire();
            robot.lookup("#fiveSFindingText").queryAs(TextField.class).setText("举升机下有油迹未清理");
            owner.setValue(owner.getItems().stream().filter(o -> o.id() == techId).findFirst().orElseThrow());
            robot.lookup("#fiveSFindingDue").queryAs(DatePicker.class).setValue(due);
            robot.lookup("#fiveSAddFinding").queryAs(Button.class).fire();
        });
        robot.interact(() -> robot.lookup("#fiveSSave").queryAs(Button.class).fire());
        waitUntil(() -> text(robot, "#fiveSMessage").contains("%"), () -> text(robot, "#fiveSMessage"));
        waitUntil(() -> inspections.getItems().size() == 3, () -> inspections.getItems().toString());
        waitUntil(() -> actions.getItems().stream().anyMatch(a -> a.text().equals("配件暂存架上有旧机滤未处理")
                && a.state() == ActionState.OPEN && "赵磊".equals(a.ownerName()) && due.equals(a.dueDay())),
                () -> actions.getItems().toString());
        // 3/5 x 20 + 4/5 x (20 + 20 + 15 + 15 + 15) / ... : the weights of the demo's checklist (15, 20, 20, 15, 15, 15)
        FiveSInspection saved = inspections.getItems().get(0);
        assertThat(saved.total()).isEqualByComparingTo("77.0");

        int windows = Window.getWindows().size();
        robot.interact(() -> robot.lookup("#fiveSPrint").queryAs(Button.class).fire());
        waitUntil(() -> Window.getWindows().size() > windows);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(Stage.class::cast).toList().forEach(Stage::close));

        // four days on, both actions are overdue: the clerk's home-page line opens the 5S section itself
        ui.clock().advance(Duration.ofDays(4));
        WorkbenchRobot.logOut(robot);
        ui.logIn(robot, "clerk", "#homePage");
        Hyperlink clerksAction = firstItem(robot);
        assertThat(clerksAction.getText()).contains("配件暂存架上有旧机滤未处理");
        robot.interact(clerksAction::fire);
        waitUntil(() -> robot.lookup("#environmentSections").tryQuery().isPresent() && "environmentTab-fiveS".equals(
                robot.lookup("#environmentSections").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                        .getId()));

        // the technician has no Environment tab: he marks his action done from his home page, the inspector verifies it later
        WorkbenchRobot.logOut(robot);
        ui.logIn(robot, "tech", "#homePage");
        assertThat(robot.lookup("#tab-ENVIRONMENT").tryQuery()).isEmpty();
        Hyperlink techsAction = firstItem(robot);
        robot.interact(techsAction::fire);
        waitUntil(() -> robot.lookup("#fiveSActionDoneDialog").tryQuery().isPresent());
        assertThat(text(robot, "#fiveSActionDoneText")).isEqualTo("举升机下有油迹未清理");
        robot.interact(() -> robot.lookup("#fiveSActionDoneMark").queryButton().fire());
        Label noteError = robot.lookup("#fiveSActionDoneNoteError").queryAs(Label.class);
        waitUntil(() -> noteError.isVisible() && !noteError.getText().isEmpty());
        robot.interact(() -> {
            robot.lookup("#fiveSActionDoneNote").queryAs(TextField.class).setText("油迹已清理 地面已铺吸油棉");
            robot.lookup("#fiveSActionDoneMark").queryButton().fire();
        });
        waitUntil(() -> robot.lookup("#fiveSActionDoneDialog").tryQuery().isEmpty());
        waitUntil(() -> robot.lookup("#homeLink-OVERDUE_5S_ACTIONS").tryQuery().isEmpty());
        FiveSFinding closed = ui.services().transactions().read(h -> h.attach(com.fours.workbench.inspection.FiveSDao.class)
                .finding(h.createQuery("SELECT id FROM five_s_finding WHERE text = '举升机下有油迹未清理'")
                        .mapTo(Long.class).one()).orElseThrow());
        assertThat(closed.state()).isEqualTo(ActionState.DONE);
        assertThat(closed.doneNote()).isEqualTo("油迹已清理 地面已铺吸油棉");
        assertThat((int) ui.services().transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'FIVE_S_ACTION_DONE' AND actor_id = " + techId
                        + " AND subject_id = '" + closed.id() + "'")
                .mapTo(Integer.class).one())).isEqualTo(1);
    }

    private static Hyperlink firstItem(FxRobot robot) {
        String query = "#homeItems-OVERDUE_5S_ACTIONS";
        waitUntil(() -> robot.lookup(query).tryQuery().map(n -> !((Pane) n).getChildren().isEmpty()).orElse(false));
        return (Hyperlink) robot.lookup(query).queryAs(Pane.class).getChildren().get(0);
    }

    private static void score(FxRobot robot, int position, String value) {
        robot.lookup("#fiveSScore-" + position).queryAs(TextField.class).setText(value);
    }
}
