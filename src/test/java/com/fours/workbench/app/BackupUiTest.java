package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.Migrations;
import com.fours.workbench.testing.MutableClock;

/**
 * Administration → Backup driven headless by the administrator, on a real H2 file (the previous
 * release's demo store): a bad time refused under its field, a backup made and shown checked, the
 * status bar's age, then that backup restored: checked, confirmed, and used at the next start.
 */
class BackupUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.olderDemo();

    private static MutableClock clock;
    private static AppServices services;

    @BeforeAll
    static void openDatabase() {
        clock = ui.clock();
        services = ui.services();
    }

    @Test
    void theAdministratorBacksUpFromTheScreenAndRestoresThatBackupAtTheNextStart(FxRobot robot) {
        ui.logIn(robot, "admin");
        waitUntil(() -> text(robot, "#statusBackup").equals("No backup yet"), () -> text(robot, "#statusBackup"));
        selectModule(robot, "tab-ADMINISTRATION");
        selectTab(robot, "#administrationSections", "adminBackup");
        waitUntil(() -> text(robot, "#backupMethod").startsWith("Embedded database"), () -> text(robot, "#backupMethod"));
        waitUntil(() -> !WorkbenchRobot.input(robot, "#backupDailyAt").isEmpty());
        assertThat(WorkbenchRobot.input(robot, "#backupDailyAt")).isEqualTo("22:30");
        assertThat(text(robot, "#backupFolderHint")).contains(ui.dataFolder().resolve("backups").toString())
                .contains("same disk");

        robot.interact(() -> robot.lookup("#backupDailyAt").queryTextInputControl().setText("25:00"));
        robot.clickOn("#backupSaveSettings");
        waitUntil(() -> !text(robot, "#backupDailyAtError").isEmpty(), () -> text(robot, "#backupMessage"));
        assertThat(text(robot, "#backupDailyAtError")).isEqualTo("A time of day as hours:minutes, e.g. 22:30 (not 25:00).");
        robot.interact(() -> robot.lookup("#backupDailyAt").queryTextInputControl().setText("23:15"));
        robot.clickOn("#backupSaveSettings");
        waitUntil(() -> text(robot, "#backupMessage").equals("Settings saved."), () -> text(robot, "#backupMessage"));

        robot.clickOn("#backupNow");
        waitUntil(() -> text(robot, "#backupMessage").startsWith("Backup workbench-20261127-100000.zip written"),
                () -> text(robot, "#backupMessage"));
        assertThat(text(robot, "#backupMessage")).contains("stock of").contains("bill numbers");
        TableView<?> runs = robot.lookup("#backupRuns").queryTableView();
        assertThat(runs.getItems()).hasSize(1);
        waitUntil(() -> text(robot, "#statusBackup").equals("Last backup: just now"), () -> text(robot, "#statusBackup"));
        WorkbenchRobot.save(robot.lookup("#backupPane").query().getScene(), Path.of("target", "backup-pane.png"));

        // work after the backup, which the restore takes back
        services.transactions().useTransaction(h -> h.execute("UPDATE store_profile SET phone = '020-99999999'"));
        clock.advance(java.time.Duration.ofMinutes(5));
        robot.interact(() -> runs.getSelectionModel().select(0));
        robot.clickOn("#backupRestoreSelected");
        waitUntil(() -> robot.lookup("#backupConfirmRestore").tryQuery().isPresent(), () -> text(robot, "#backupMessage"));
        DialogPane confirm = robot.lookup("#backupConfirmRestore").queryAs(DialogPane.class);
        assertThat(confirm.getContentText()).contains("workbench-20261127-100000.zip").contains("schema version " + Migrations.latestVersion());
        robot.clickOn((Node) confirm.lookupButton(ButtonType.YES));
        waitUntil(() -> robot.lookup("#backupPending").match(NodeQueryUtils.isVisible()).tryQuery().isPresent(),
                () -> text(robot, "#backupMessage"));
        assertThat(text(robot, "#backupPending")).contains("workbench-20261127-100000.zip").contains("admin");
        assertThat(text(robot, "#backupMessage")).startsWith("Confirmed: close the workbench");
        WorkbenchRobot.save(robot.lookup("#backupPane").query().getScene(), Path.of("target", "backup-pane-restore.png"));

        // the next start
        WorkbenchRobot.logOut(robot);
        clock.advance(java.time.Duration.ofMinutes(1));
        services = ui.reopen();
        String phone = services.transactions().read(h -> h.createQuery("SELECT phone FROM store_profile")
                .mapTo(String.class).one());
        assertThat(phone).isNotEqualTo("020-99999999");
        assertThat(ui.dataFolder().resolve("before-restore-20261127-100600").resolve("workbench.mv.db")).isRegularFile();
        int restored = services.transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'DATABASE_RESTORED' AND actor_name = 'admin'")
                .mapTo(Integer.class).one());
        assertThat(restored).isEqualTo(1);
        services.authentication().login("admin", SecurityDemoData.PASSWORD.toCharArray());
        assertThat(services.backupSettings().settings().dailyAt()).as("the backup was taken after the time was saved")
                .hasToString("23:15");
    }
}
