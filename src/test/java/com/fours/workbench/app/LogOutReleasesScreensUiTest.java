package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, problem 11: after a log-out the screens of the user who left no longer listen to the
 * change feed. Before, the live updates of the cashier, the appointments and the parts counter stayed
 * subscribed on a quiet day and held their whole window, so every log-in added one to the heap.
 */
class LogOutReleasesScreensUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    private static AppServices services;

    @BeforeAll
    static void openDemoDatabase() {
        services = ui.services();
    }

    @Test
    void aLogOutUnsubscribesTheScreensFromTheChangeFeed(FxRobot robot) {
        int before = services.changes().listeners();
        ui.logIn(robot, "manager", "#moduleTabs");
        for (String tab : new String[] {"tab-APPOINTMENTS", "tab-RECEPTION", "tab-REPAIR_ORDERS", "tab-CASHIER",
                "tab-PARTS_WAREHOUSE", "tab-CUSTOMERS"}) {
            selectModule(robot, tab);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.changes().listeners()).as("screens listening while logged in").isGreaterThan(before);

        WorkbenchRobot.logOut(robot);
        // nothing changes on the demo meanwhile: the screens must stop because they left, not because they heard
        waitUntil(() -> services.changes().listeners() == before,
                () -> services.changes().listeners() + " screens still listening, " + before + " before the log-in");
        assertThat(services.changes().listeners()).isEqualTo(before);
    }
}
