package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.environment.WasteHandler;
import com.fours.workbench.environment.WasteKind;
import com.fours.workbench.safety.Drill;
import com.fours.workbench.safety.Incident;
import com.fours.workbench.safety.IncidentKind;
import com.fours.workbench.safety.IncidentSeverity;
import com.fours.workbench.staff.StaffMember;

/**
 * Issue 21's safety on the demo store at 1366x768, as the service manager: the waste hand-over form
 * fits beside its scroll bar and a hand-over's transfer record is printed; a near miss is reported, given its corrective measure and closed; a fire
 * drill is recorded with three people.
 */
class SafetyUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().size(1366, 768);

    @Test
    void theHandOverFitsANearMissIsReportedAndClosedAndADrillIsRecorded(FxRobot robot) throws Exception {
        ui.logIn(robot, "manager");
        selectModule(robot, "tab-ENVIRONMENT");
        selectTab(robot, "#environmentSections", "environmentTab-waste");
        waitUntil(() -> robot.lookup("#wasteTransferReceivedBy").tryQuery().isPresent());
        waitUntil(() -> !robot.lookup("#wasteTransferHandler").queryAs(ComboBox.class).getItems().isEmpty());
        WorkbenchRobot.save(ui.stage().getScene(), WorkbenchRobot.screenshotFolder().resolve("waste-store-1366.png"));
        ScrollPane store = robot.lookup("#wasteStorePane").queryAs(ScrollPane.class);
        for (String field : List.of("#wasteTransferHandler", "#wasteTransferKind", "#wasteTransferReceivedBy",
                "#wasteEntryNote")) {
            assertThat(rightEdgeInside(robot, store, field)).as(field + " inside the pane's viewport").isTrue();
        }

        // a hand-over of 5 kg of rags, then its transfer record printed
        @SuppressWarnings("unchecked")
        ComboBox<WasteKind> kind = robot.lookup("#wasteTransferKind").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<WasteHandler> handler = robot.lookup("#wasteTransferHandler").queryAs(ComboBox.class);
        robot.interact(() -> {
            kind.setValue(kind.getItems().stream().filter(k -> k.category().equals("HW49")).findFirst().orElseThrow());
            handler.setValue(handler.getItems().stream().filter(h -> h.name().startsWith("广州绿源")).findFirst()
                    .orElseThrow());
        });
        type(robot, "wasteStorePane", "#wasteTransferManifest", "4401062026112702");
        type(robot, "wasteStorePane", "#wasteTransferQuantity", "5");
        type(robot, "wasteStorePane", "#wasteTransferVehicle", "粤A·H3321");
        type(robot, "wasteStorePane", "#wasteTransferReceivedBy", "陈建国");
        click(robot, "wasteStorePane", "#wasteTransfer");
        waitUntil(() -> text(robot, "#wasteMessage").contains("4401062026112702"), () -> text(robot, "#wasteMessage"));
        click(robot, "wasteStorePane", "#wasteTransferPrint");
        waitUntil(() -> previewWindow(robot, "4401062026112702") != null);
        robot.interact(() -> ((Stage) previewWindow(robot, "4401062026112702")).close());

        selectTab(robot, "#environmentSections", "environmentTab-incidents");
        waitUntil(() -> robot.lookup("#safetyIncidentReport").tryQuery().isPresent());
        TableView<Incident> incidents = robot.lookup("#safetyIncidents").queryTableView();
        waitUntil(() -> !incidents.getItems().isEmpty());
        int before = incidents.getItems().size();
        choose(robot, "#safetyIncidentKind", IncidentKind.NEAR_MISS);
        choose(robot, "#safetyIncidentSeverity", IncidentSeverity.MINOR);
        type(robot, "safetyIncidentsPane", "#safetyIncidentWhat", "千斤顶未放稳，车辆轻微晃动");
        type(robot, "safetyIncidentsPane", "#safetyIncidentPlace", "3号工位");
        type(robot, "safetyIncidentsPane", "#safetyIncidentTime", "8:15");
        type(robot, "safetyIncidentsPane", "#safetyIncidentInvolved", "王磊");
        type(robot, "safetyIncidentsPane", "#safetyIncidentCause", "地面不平");
        // an injured near miss is refused next to its field
        robot.interact(() -> robot.lookup("#safetyIncidentInjured").queryTextInputControl().setText("1"));
        type(robot, "safetyIncidentsPane", "#safetyIncidentImmediate", "停止举升，重新放置");
        click(robot, "safetyIncidentsPane", "#safetyIncidentReport");
        waitUntil(() -> robot.lookup("." + com.fours.workbench.ui.StyleClasses.FIELD_ERROR).queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control.Label l
                && l.getText().contains("near miss")));
        robot.interact(() -> robot.lookup("#safetyIncidentInjured").queryTextInputControl().setText("0"));
        click(robot, "safetyIncidentsPane", "#safetyIncidentReport");
        waitUntil(() -> incidents.getItems().size() == before + 1, () -> text(robot, "#safetyIncidentsMessage"));
        Incident reported = incidents.getItems().stream().filter(i -> i.place().equals("3号工位")).findFirst()
                .orElseThrow();
        assertThat(reported.open()).isTrue();

        robot.interact(() -> incidents.getSelectionModel().select(reported));
        type(robot, "safetyIncidentsPane", "#safetyCorrective", "千斤顶下加垫板，举升前第二人确认");
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> owner = robot.lookup("#safetyCorrectiveOwner").queryAs(ComboBox.class);
        robot.interact(() -> owner.setValue(owner.getItems().get(0)));
        robot.interact(() -> robot.lookup("#safetyCorrectiveDue").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(ui.services().safety().today().plusDays(7)));
        click(robot, "safetyIncidentsPane", "#safetySaveMeasures");
        waitUntil(() -> incidents.getItems().stream().anyMatch(i -> i.id() == reported.id() && i.corrective() != null),
                () -> text(robot, "#safetyIncidentsMessage"));
        type(robot, "safetyIncidentsPane", "#safetyClosingNote", "已加垫板并培训");
        click(robot, "safetyIncidentsPane", "#safetyCloseIncident");
        waitUntil(() -> incidents.getItems().stream().anyMatch(i -> i.id() == reported.id() && !i.open()),
                () -> text(robot, "#safetyIncidentsMessage"));
        WorkbenchRobot.save(ui.stage().getScene(), WorkbenchRobot.screenshotFolder().resolve("safety-incidents.png"));

        selectTab(robot, "#environmentSections", "environmentTab-drills");
        waitUntil(() -> robot.lookup("#safetyDrillRecord").tryQuery().isPresent());
        TableView<Drill> drills = robot.lookup("#safetyDrills").queryTableView();
        waitUntil(() -> !drills.getItems().isEmpty());
        int drillsBefore = drills.getItems().size();
        @SuppressWarnings("unchecked")
        CheckListView<StaffMember> people = robot.lookup("#safetyDrillParticipants").queryAs(CheckListView.class);
        waitUntil(() -> people.getItems().size() >= 3);
        robot.interact(() -> {
            people.getCheckModel().check(0);
            people.getCheckModel().check(1);
            people.getCheckModel().check(2);
        });
        choose(robot, "#safetyDrillKind", com.fours.workbench.safety.DrillKind.EV_BATTERY_FIRE);
        type(robot, "safetyDrillsPane", "#safetyDrillPlan", "新能源车动力电池起火应急预案");
        type(robot, "safetyDrillsPane", "#safetyDrillMinutes", "35");
        type(robot, "safetyDrillsPane", "#safetyDrillFindings", "隔离区位置不清楚");
        type(robot, "safetyDrillsPane", "#safetyDrillImprovements", "地面划出隔离区");
        click(robot, "safetyDrillsPane", "#safetyDrillRecord");
        waitUntil(() -> drills.getItems().size() == drillsBefore + 1, () -> text(robot, "#safetyDrillsMessage"));
        assertThat(drills.getItems()).anyMatch(d -> d.plan().startsWith("新能源车") && d.participants().size() == 3);
        WorkbenchRobot.save(ui.stage().getScene(), WorkbenchRobot.screenshotFolder().resolve("safety-drills.png"));

        selectTab(robot, "#environmentSections", "environmentTab-safetyFigures");
        waitUntil(() -> text(robot, "#safetyDrillsAgainstPlan").contains("planned"));
        WorkbenchRobot.save(ui.stage().getScene(), WorkbenchRobot.screenshotFolder().resolve("safety-figures.png"));
    }

    private static Window previewWindow(FxRobot robot, String manifest) {
        return robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().contains(manifest)).findFirst().orElse(null);
    }

    private static boolean rightEdgeInside(FxRobot robot, ScrollPane scroll, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node node = robot.lookup(query).query();
            Bounds field = node.localToScene(node.getBoundsInLocal());
            Node viewport = scroll.lookup(".viewport");
            Bounds shown = viewport.localToScene(viewport.getBoundsInLocal());
            return field.getMaxX() <= shown.getMaxX() + 0.5;
        }).get();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void choose(FxRobot robot, String query, Object value) {
        ComboBox box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    private static void type(FxRobot robot, String pane, String query, String text) {
        show(robot, pane, query);
        robot.clickOn(query).write(text);
    }

    private static void click(FxRobot robot, String pane, String query) {
        show(robot, pane, query);
        robot.clickOn(query);
    }

    private static void show(FxRobot robot, String pane, String query) {
        WorkbenchRobot.scrollIntoView(robot, "#" + pane, query);
    }
}
