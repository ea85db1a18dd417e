package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.care.ComplaintCategory;
import com.fours.workbench.care.ComplaintOwner;
import com.fours.workbench.care.CorrectiveAction;

/**
 * Issue 17, the forms of the complaints half on the demo store, as the service manager: a complaint
 * recorded at the counter from a plate search and its visit, handed to another owner, a corrective
 * action marked done, the store's deadlines changed; each refusal shows next to its field.
 */
class ComplaintFormsUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().size(1366, 768);

    @Test
    void theManagerRecordsAComplaintAtTheCounterHandsItOverMarksAnActionDoneAndSetsTheDeadlines(FxRobot robot) {
        ui.logIn(robot, "manager");
        selectModule(robot, "tab-CUSTOMER_CARE");

        selectTab(robot, "#careTabs", "careTab-newComplaint");
        waitUntil(() -> robot.lookup("#newComplaintSave").tryQuery().isPresent());
        fire(robot, "#newComplaintSave");
        waitUntil(() -> !text(robot, "#newComplaintSearchError").isEmpty(), () -> text(robot, "#newComplaintMessage"));
        assertThat(text(robot, "#newComplaintWordsError")).isNotEmpty();
        assertThat(text(robot, "#newComplaintCategoryError")).isNotEmpty();

        String plate = ui.services().transactions().read(h -> h.createQuery(
                "SELECT v.plate FROM vehicle v JOIN repair_order o ON o.vehicle_id = v.id ORDER BY o.id LIMIT 1")
                .mapTo(String.class).one());
        robot.clickOn("#newComplaintSearch").write(plate);
        waitUntil(() -> !robot.lookup("#newComplaintCars").queryListView().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#newComplaintCars").queryListView().getSelectionModel().selectFirst());
        waitUntil(() -> robot.lookup("#newComplaintVisit").queryAs(ComboBox.class).getValue() != null);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<ComplaintCategory> category = robot.lookup("#newComplaintCategory").queryAs(ComboBox.class);
            category.setValue(ComplaintCategory.PRICE);
        });
        robot.interact(() -> robot.lookup("#newComplaintWords").queryAs(TextArea.class).setText("结算时多收了 80 元工时费"));
        fire(robot, "#newComplaintSave");
        waitUntil(() -> text(robot, "#newComplaintMessage").contains(plate), () -> text(robot, "#newComplaintMessage"));
        String number = ui.services().transactions().read(h -> h.createQuery(
                "SELECT number FROM complaint WHERE customer_words = '结算时多收了 80 元工时费' AND channel = 'COUNTER'")
                .mapTo(String.class).one());
        assertThat(text(robot, "#newComplaintMessage")).startsWith(number);

        selectTab(robot, "#careTabs", "careTab-complaints");
        waitUntil(() -> complaints(robot).getItems().stream().anyMatch(r -> r.complaint().number().equals(number)));
        robot.interact(() -> complaints(robot).getItems().stream().filter(r -> r.complaint().number().equals(number))
                .findFirst().ifPresent(r -> complaints(robot).getSelectionModel().select(r)));
        waitUntil(() -> text(robot, "#complaintTitle").startsWith(number));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<ComplaintOwner> owner = robot.lookup("#complaintNewOwner").queryAs(ComboBox.class);
            owner.setValue(owner.getItems().stream().filter(o -> !o.name().equals(owner.getValue() == null ? ""
                    : owner.getValue().name())).findFirst().orElseThrow());
        });
        fire(robot, "#complaintChangeOwner");
        waitUntil(() -> text(robot, "#complaintMessage").startsWith(number), () -> text(robot, "#complaintMessage"));
        int audited = ui.services().transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'COMPLAINT_OWNER_CHANGED' AND subject_id = :n")
                .bind("n", number).mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(1);

        selectTab(robot, "#careTabs", "careTab-actions");
        waitUntil(() -> !actions(robot).getItems().isEmpty());
        CorrectiveAction open = actions(robot).getItems().get(0);
        robot.interact(() -> actions(robot).getSelectionModel().select(0));
        fire(robot, "#actionMarkDone");
        waitUntil(() -> !text(robot, "#actionDoneNoteError").isEmpty());
        robot.interact(() -> robot.lookup("#actionDoneNote").queryAs(TextArea.class).setText("已写入作业指导书并培训"));
        fire(robot, "#actionMarkDone");
        waitUntil(() -> text(robot, "#actionMessage").startsWith(open.complaintNumber()), () -> text(robot, "#actionMessage"));
        waitUntil(() -> actions(robot).getItems().stream().noneMatch(a -> a.id() == open.id()));
        String note = ui.services().transactions().read(h -> h.createQuery(
                "SELECT done_note FROM corrective_action WHERE id = :id").bind("id", open.id()).mapTo(String.class).one());
        assertThat(note).isEqualTo("已写入作业指导书并培训");

        selectTab(robot, "#careTabs", "careTab-complaintDeadlines");
        waitUntil(() -> !WorkbenchRobot.input(robot, "#deadlineAcknowledge").isEmpty());
        robot.doubleClickOn("#deadlineAcknowledge").eraseText(4).write("0");
        fire(robot, "#deadlineSave");
        waitUntil(() -> !text(robot, "#deadlineAcknowledgeError").isEmpty());
        robot.doubleClickOn("#deadlineAcknowledge").eraseText(4).write("2");
        fire(robot, "#deadlineSave");
        waitUntil(() -> !text(robot, "#deadlineMessage").isEmpty(), () -> text(robot, "#deadlineMessage"));
        int minutes = ui.services().transactions().read(h -> h.createQuery(
                "SELECT acknowledge_minutes FROM complaint_settings WHERE id = 1").mapTo(Integer.class).one());
        assertThat(minutes).isEqualTo(120);
    }

    /** A button that may sit below the scroll pane's fold: pressed as Enter or a click on it would. */
    private static void fire(FxRobot robot, String query) {
        waitUntil(() -> !robot.lookup(query).queryButton().isDisabled());
        robot.interact(() -> robot.lookup(query).queryButton().fire());
    }

    @SuppressWarnings("unchecked")
    private static TableView<com.fours.workbench.care.ComplaintRow> complaints(FxRobot robot) {
        return robot.lookup("#complaints").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<CorrectiveAction> actions(FxRobot robot) {
        return robot.lookup("#correctiveActions").queryAs(TableView.class);
    }
}
