package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.care.Callback;
import com.fours.workbench.care.CallbackStatus;
import com.fours.workbench.core.i18n.Messages;

/**
 * The customer-service agent (黄丽, "care") works today's callbacks on the demo store: one customer
 * reached and the survey answered, an unhappy answer raised as a complaint, one not answering; the lists and the month's figures change.
 */
class CustomerCareUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().in(Messages.CHINESE);

    @Test
    void theCallerReachesOneCustomerWithTheSurveyAndRecordsAnotherNotAnswering(FxRobot robot) {
        ui.logIn(robot, "care");
        selectModule(robot, "tab-CUSTOMER_CARE");
        selectTab(robot, "#careTabs", "careTab-figures");
        waitUntil(() -> !text(robot, "#careFiguresSummary").isEmpty());
        String before = text(robot, "#careFiguresSummary");

        selectTab(robot, "#careTabs", "careTab-callbacks");
        waitUntil(() -> rows(robot).size() >= 2, () -> "today's list: " + rows(robot).size());
        List<Callback> today = rows(robot);
        Callback first = today.get(0);
        Callback second = today.get(1);

        select(robot, 0);
        waitUntil(() -> text(robot, "#careCallbackVisit").contains(first.orderNumber()));
        assertThat(text(robot, "#careCallbackVisit")).contains(first.plate()).contains(first.advisor())
                .doesNotContain("#");
        int questions = ui.services().transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM questionnaire_question q JOIN questionnaire v ON v.id = q.questionnaire_id "
                        + "WHERE v.current_version").mapTo(Integer.class).one());
        robot.interact(() -> {
            for (int i = 1; i <= questions; i++) {
                robot.lookup("#careAnswer" + i).queryAs(ComboBox.class).getSelectionModel().select(i == 2 ? 3 : 0);
            }
        });
        // an answer of 2 on 1-5 is unhappy: the caller raises a complaint with the customer's words and stays on the call
        robot.clickOn("#careCallbackRemark").write("车修好了，但交车晚了");
        robot.clickOn("#careCallbackComplaint");
        waitUntil(() -> text(robot, "#careCallbackMessage").contains("登记投诉"), () -> text(robot, "#careCallbackMessage"));
        String number = ui.services().transactions().read(h -> h.createQuery(
                "SELECT number FROM complaint WHERE callback_id = :id AND channel = 'CALLBACK'")
                .bind("id", first.id()).mapTo(String.class).one());
        String words = ui.services().transactions().read(h -> h.createQuery(
                "SELECT customer_words FROM complaint WHERE callback_id = :id").bind("id", first.id())
                .mapTo(String.class).one());
        assertThat(words).contains("车修好了，但交车晚了");
        assertThat(text(robot, "#careCallbackMessage")).contains(number);
        assertThat(text(robot, "#careCallbackVisit")).as("still on the call").contains(first.orderNumber());
        waitUntil(() -> robot.lookup("#careCallbackComplaint").queryButton().getText().contains(number),
                () -> robot.lookup("#careCallbackComplaint").queryButton().getText());
        // pressed again, it opens the complaint rather than raising a second one
        robot.clickOn("#careCallbackComplaint");
        waitUntil(() -> text(robot, "#complaintTitle").startsWith(number), () -> text(robot, "#complaintTitle"));
        int raised = ui.services().transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM complaint WHERE callback_id = :id").bind("id", first.id()).mapTo(Integer.class).one());
        assertThat(raised).isEqualTo(1);

        selectTab(robot, "#careTabs", "careTab-callbacks");
        waitUntil(() -> text(robot, "#careCallbackVisit").contains(first.orderNumber()));
        robot.clickOn("#careCallbackReached");
        waitUntil(() -> text(robot, "#careCallbackMessage").contains(first.orderNumber()),
                () -> text(robot, "#careCallbackMessage"));
        assertThat(text(robot, "#careCallbackMessage")).contains("已完成");
        assertThat(status(first.id())).isEqualTo(CallbackStatus.REACHED);
        waitUntil(() -> rows(robot).stream().noneMatch(c -> c.id() == first.id()));

        int row = indexOf(robot, second.id());
        select(robot, row);
        waitUntil(() -> text(robot, "#careCallbackVisit").contains(second.orderNumber()));
        robot.clickOn("#careCallback-NO_ANSWER");
        waitUntil(() -> text(robot, "#careCallbackMessage").contains(second.orderNumber()),
                () -> text(robot, "#careCallbackMessage"));
        assertThat(text(robot, "#careCallbackMessage")).contains("无人接听").contains("待回访");
        assertThat(status(second.id())).isEqualTo(CallbackStatus.OPEN);
        int attempts = ui.services().transactions().read(h -> h.createQuery(
                "SELECT no_answers FROM callback WHERE id = :id").bind("id", second.id()).mapTo(Integer.class).one());
        assertThat(attempts).isEqualTo(second.noAnswers() + 1);

        selectTab(robot, "#careTabs", "careTab-figures");
        waitUntil(() -> !text(robot, "#careFiguresSummary").equals(before), () -> text(robot, "#careFiguresSummary"));
        WorkbenchRobot.save(robot.lookup("#careFiguresSummary").query().getScene(),
                Path.of("target", "customer-care-figures.png"));
    }

    @SuppressWarnings("unchecked")
    private static List<Callback> rows(FxRobot robot) {
        return robot.lookup("#careCallbacks").tryQueryAs(TableView.class)
                .map(t -> List.copyOf((List<Callback>) t.getItems())).orElse(List.of());
    }

    private static int indexOf(FxRobot robot, long id) {
        List<Callback> rows = rows(robot);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static void select(FxRobot robot, int row) {
        robot.interact(() -> robot.lookup("#careCallbacks").queryAs(TableView.class).getSelectionModel().select(row));
    }

    private static CallbackStatus status(long id) {
        return ui.services().transactions().read(h -> h.createQuery("SELECT status FROM callback WHERE id = :id")
                .bind("id", id).mapTo(CallbackStatus.class).one());
    }
}
