package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;

import java.nio.file.Path;
import java.time.Duration;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;

import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.OlderDemoDatabase;

/**
 * Not a test: saves PNGs of Administration → Backup on a counter PC's 1366x768 screen (the window
 * less its title bar): after two backups, and with a restore confirmed.
 * {@code mvn test -Dtest=BackupTour -Dscreenshots=docs/images} (add {@code -Dscreenshots.lang=en} for English).
 */
@ExtendWith(ApplicationExtension.class)
class BackupTour {

    @TempDir
    static Path dataFolder;
    private static final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private static AppServices services;

    @BeforeAll
    static void open() {
        services = OlderDemoDatabase.open(dataFolder, clock);
        Theme.loadFonts();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        WorkbenchRobot.startTour(stage, services, dataFolder);
        stage.setWidth(1366);
        stage.setHeight(738);
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = WorkbenchRobot.screenshotFolder();
        WorkbenchRobot.logInAndWaitFor(robot, "manager", "#moduleTabs");
        selectModule(robot, "tab-ADMINISTRATION");
        selectTab(robot, "#administrationSections", "adminBackup");
        waitUntil(() -> !text(robot, "#backupMethod").isEmpty());
        robot.clickOn("#backupNow");
        waitUntil(() -> robot.lookup("#backupRuns").queryTableView().getItems().size() == 1);
        clock.advance(Duration.ofHours(8).plusMinutes(30));
        robot.clickOn("#backupNow");
        waitUntil(() -> robot.lookup("#backupRuns").queryTableView().getItems().size() == 2);
        WorkbenchRobot.save(robot.lookup("#backupPane").query().getScene(), out.resolve("backup-screen.png"));

        robot.clickOn("#backupRestoreSelected");
        waitUntil(() -> robot.lookup("#backupConfirmRestore").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#backupConfirmRestore").queryAs(DialogPane.class);
        WorkbenchRobot.save(confirm.getScene(), out.resolve("backup-restore-confirm.png"));
        robot.clickOn((Node) confirm.lookupButton(ButtonType.YES));
        waitUntil(() -> robot.lookup("#backupPending").match(NodeQueryUtils.isVisible()).tryQuery().isPresent(),
                () -> text(robot, "#backupMessage"));
        WorkbenchRobot.save(robot.lookup("#backupPane").query().getScene(), out.resolve("backup-restore-pending.png"));
    }
}
