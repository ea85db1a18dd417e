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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * Not a test: saves PNGs of Administration → Backup on a counter PC's 1366x768 screen (the window
 * less its title bar): after two backups, and with a restore confirmed.
 * {@code mvn test -Dtest=BackupTour -Dscreenshots=docs/images} (add {@code -Dscreenshots.lang=en} for English).
 */
class BackupTour {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.olderDemo().inTourLanguage().sizeOnceShown(1366, 738);

    @Test
    void tour(FxRobot robot) throws Exception {
        Path out = WorkbenchRobot.screenshotFolder();
        ui.logIn(robot, "manager");
        selectModule(robot, "tab-ADMINISTRATION");
        selectTab(robot, "#administrationSections", "adminBackup");
        waitUntil(() -> !text(robot, "#backupMethod").isEmpty());
        robot.clickOn("#backupNow");
        waitUntil(() -> robot.lookup("#backupRuns").queryTableView().getItems().size() == 1);
        ui.clock().advance(Duration.ofHours(8).plusMinutes(30));
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
