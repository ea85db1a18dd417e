package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.logInAndWaitFor;
import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;

import javafx.scene.Parent;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, problem 11: after a log-out nothing holds the screens of the user who left. Before, the
 * module objects kept their last views and the live updates of the cashier, the appointments and the
 * parts counter stayed subscribed on a quiet day, so every log-in added a whole window to the heap.
 */
@ExtendWith(ApplicationExtension.class)
class LogOutReleasesScreensUiTest {

    @TempDir
    static Path dataFolder;
    private static AppServices services;
    private Stage stage;

    @BeforeAll
    static void openDemoDatabase() {
        services = WorkbenchRobot.openDemo(dataFolder);
    }

    @AfterAll
    static void closeDatabase() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WorkbenchRobot.start(stage, services, dataFolder);
    }

    @AfterEach
    void logOut() {
        services.authentication().logout();
    }

    @Test
    void theWindowOfAUserWhoLoggedOutIsCollected(FxRobot robot) {
        logInAndWaitFor(robot, "manager", "#moduleTabs");
        for (String tab : new String[] {"tab-APPOINTMENTS", "tab-RECEPTION", "tab-REPAIR_ORDERS", "tab-CASHIER",
                "tab-PARTS_WAREHOUSE", "tab-CUSTOMERS"}) {
            selectModule(robot, tab);
        }
        WeakReference<Parent> window = new WeakReference<>(stage.getScene().getRoot());
        assertThat(window.get().lookup("#moduleTabs")).isNotNull();

        WorkbenchRobot.logOut(robot);
        waitUntil(() -> {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            return window.get() == null;
        }, () -> "the main window of the user who logged out is still in memory");
        assertThat(window.get()).isNull();
    }
}
