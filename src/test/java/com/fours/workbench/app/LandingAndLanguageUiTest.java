package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.input;
import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.repair.TechnicianJob;

/** Issue 15, problem 9: where a user lands, what a change of language keeps, the technician's keys. */
class LandingAndLanguageUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    private static AppServices services;

    @BeforeAll
    static void openDemoDatabase() {
        services = ui.services();
    }

    @Test
    void eachRoleLandsOnTheHomePage(FxRobot robot) {
        for (String user : new String[] {"qc", "cashier", "clerk", "tech", "advisor", "manager", "care", "admin"}) {
            ui.logIn(robot, user, "#homePage");
            assertThat(selected(robot, "#moduleTabs")).as(user).isEqualTo("tab-HOME");
            WorkbenchRobot.logOut(robot);
        }
    }

    @Test
    void switchingTheLanguageKeepsTheTabTheSubTabAndTheSearch(FxRobot robot) {
        ui.logIn(robot, "manager");
        selectModule(robot, "tab-CUSTOMERS");
        waitUntil(() -> robot.lookup("#archiveSearch").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#archiveSearch").queryTextInputControl().setText("京A"));

        switchLanguage(robot, "zh");
        waitUntil(() -> "tab-CUSTOMERS".equals(selected(robot, "#moduleTabs")) && robot.lookup("#moduleTabs")
                .queryAs(TabPane.class).getTabs().get(0).getText().equals("今日"), () -> selected(robot, "#moduleTabs"));
        waitUntil(() -> input(robot, "#archiveSearch").equals("京A"), () -> input(robot, "#archiveSearch"));

        selectModule(robot, "tab-ADMINISTRATION");
        selectTab(robot, "#administrationSections", "adminBackup");
        switchLanguage(robot, "en");
        waitUntil(() -> robot.lookup("#moduleTabs").queryAs(TabPane.class).getTabs().get(0).getText()
                .equals("Today"));
        assertThat(selected(robot, "#moduleTabs")).isEqualTo("tab-ADMINISTRATION");
        assertThat(selected(robot, "#administrationSections")).isEqualTo("adminBackup");
    }

    @Test
    void f5ClocksOnTheTechniciansJobWithoutARowBeingClicked(FxRobot robot) {
        ui.logIn(robot, "tech");
        selectModule(robot, "tab-REPAIR_ORDERS");
        selectTab(robot, "#repairSections", "repairTab-myJobs");
        waitUntil(() -> !myJobs(robot).isEmpty() && !robot.lookup("#clockOnButton").queryButton().isDisabled());
        assertThat(myJobs(robot).get(0).clockedOn()).isFalse();

        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> text(robot, "#myJobsMessage").startsWith("Clocked on"), () -> text(robot, "#myJobsMessage"));
        waitUntil(() -> myJobs(robot).get(0).clockedOn());
    }

    private static void switchLanguage(FxRobot robot, String language) {
        robot.interact(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            bar.getMenus().stream().filter(m -> "menuLanguage".equals(m.getId())).findFirst().orElseThrow()
                    .getItems().stream().filter(i -> ("menuLanguage-" + language).equals(i.getId())).findFirst()
                    .ifPresent(MenuItem::fire);
        });
    }

    private static String selected(FxRobot robot, String tabPane) {
        return robot.lookup(tabPane).tryQueryAs(TabPane.class)
                .map(p -> p.getSelectionModel().getSelectedItem() == null ? "" : p.getSelectionModel().getSelectedItem().getId())
                .orElse("");
    }

    @SuppressWarnings("unchecked")
    private static List<TechnicianJob> myJobs(FxRobot robot) {
        return List.copyOf(robot.lookup("#myJobsList").queryAs(ListView.class).getItems());
    }
}
