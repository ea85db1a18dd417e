package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.input;
import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.care.CallbackDao;
import com.fours.workbench.care.CallbackSettings;
import com.fours.workbench.core.i18n.Messages;

/**
 * The service manager on the demo store: the callback rules refused next to the field and then saved,
 * the complaint record and the month's report opened in the print preview.
 */
class CarePrintsAndRulesUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().in(Messages.CHINESE);

    @Test
    void theManagerSetsTheCallbackRulesAndPrintsAComplaintAndTheMonth(FxRobot robot) {
        ui.logIn(robot, "manager");
        selectModule(robot, "tab-CUSTOMER_CARE");
        selectTab(robot, "#careTabs", "careTab-rules");
        waitUntil(() -> "3".equals(input(robot, "#careRulesDueDays")));
        replace(robot, "#careRulesDueDays", "0");
        replace(robot, "#careRulesHeavyDueDays", "5");
        robot.clickOn("#careRulesSave");
        waitUntil(() -> !text(robot, "#careRulesDueDaysError").isEmpty(), () -> text(robot, "#careRulesMessage"));
        assertThat(text(robot, "#careRulesDueDaysError")).contains("1", "30");
        replace(robot, "#careRulesDueDays", "4");
        robot.clickOn("#careRulesSave");
        waitUntil(() -> text(robot, "#careRulesHeavyDueDaysError").contains("4"),
                () -> text(robot, "#careRulesHeavyDueDaysError"));
        assertThat(text(robot, "#careRulesDueDaysError")).isEmpty();
        replace(robot, "#careRulesHeavyDueDays", "2");
        robot.clickOn("#careRulesSave");
        waitUntil(() -> text(robot, "#careRulesMessage").contains("已保存"), () -> text(robot, "#careRulesMessage")
                + " / " + text(robot, "#careRulesHeavyDueDaysError"));
        CallbackSettings saved = ui.services().transactions().read(h -> h.attach(CallbackDao.class).settings());
        assertThat(saved.dueDays()).isEqualTo(4);
        assertThat(saved.heavyDueDays()).isEqualTo(2);

        selectTab(robot, "#careTabs", "careTab-complaints");
        waitUntil(() -> !robot.lookup("#complaints").queryAs(TableView.class).getItems().isEmpty());
        robot.interact(() -> robot.lookup("#complaints").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#complaintPrint");
        Window record = preview(robot);
        assertThat(((javafx.stage.Stage) record).getTitle()).contains("客户投诉处理单");
        robot.interact(record::hide);

        selectTab(robot, "#careTabs", "careTab-figures");
        waitUntil(() -> !text(robot, "#careFiguresSummary").isEmpty());
        robot.clickOn("#careFiguresPrint");
        Window month = preview(robot);
        assertThat(((javafx.stage.Stage) month).getTitle()).contains("月度客户满意度报告");
        robot.interact(month::hide);
    }

    private static void replace(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(value));
    }

    private static Window preview(FxRobot robot) {
        waitUntil(() -> robot.lookup("#previewPageImage").tryQuery().isPresent());
        return robot.lookup("#previewPageImage").query().getScene().getWindow();
    }
}
