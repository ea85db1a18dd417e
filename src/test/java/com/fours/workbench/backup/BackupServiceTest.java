package com.fours.workbench.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.Migrations;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.OlderDemoDatabase;

/**
 * Backups of a real H2 file (the demo store of the previous release, migrated): written online,
 * checked as a copy, recorded and audited; a broken copy refused; the folder rotated; a backup
 * restored into a new folder and switched to at the next start, the old data kept aside.
 */
class BackupServiceTest {

    @TempDir
    Path data;
    @TempDir
    Path elsewhere;
    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;

    private AppServices open() {
        services = OlderDemoDatabase.open(data, clock);
        return services;
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private void logIn(String username) {
        services.authentication().login(username, SecurityDemoData.PASSWORD.toCharArray());
    }

    private List<Map<String, Object>> audit(String action) {
        return services.transactions().read(h -> h.createQuery(
                "SELECT actor_name, subject_id, after_value FROM audit_log WHERE action = :a ORDER BY id")
                .bind("a", action).mapToMap().list());
    }

    @Test
    void aBackupNowIsAZipNamedByItsTimeCheckedAsACopyRecordedAndAudited() throws Exception {
        open();
        logIn("manager");
        BackupRun run = services.backups().backUpNow();

        Path file = data.resolve("backups").resolve("workbench-20261127-100000.zip");
        assertThat(run.file()).isEqualTo(file);
        assertThat(file).isRegularFile();
        assertThat(run.sizeBytes()).isEqualTo(Files.size(file)).isGreaterThan(100_000);
        assertThat(run.status()).isEqualTo(BackupStatus.VERIFIED);
        assertThat(run.triggerKind()).isEqualTo(BackupTrigger.MANUAL);
        assertThat(run.startedBy()).isEqualTo("manager");
        assertThat(run.schemaVersion()).isEqualTo(Migrations.latestVersion());
        Map<String, Long> checks = counts(run.checks());
        assertThat(checks.get("tables")).isGreaterThan(60);
        assertThat(checks.get("balances")).isGreaterThan(200);
        assertThat(checks.get("bills")).isPositive();
        assertThat(checks.get("certificates")).isPositive();
        assertThat(services.backups().runs(10)).singleElement()
                .satisfies(l -> assertThat(l.present()).isTrue());
        assertThat(services.backups().lastGood()).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(run.id()));
        assertThat(audit("BACKUP_MADE")).singleElement().satisfies(row -> {
            assertThat(row.get("actor_name")).isEqualTo("manager");
            assertThat(row.get("after_value").toString()).contains("workbench-20261127-100000.zip VERIFIED");
        });
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("the scratch copy is gone")
                    .doesNotContain("backup-check");
        }
    }

    private static Map<String, Long> counts(String checks) {
        return Stream.of(checks.split(";")).map(p -> p.split("="))
                .collect(java.util.stream.Collectors.toMap(p -> p[0], p -> Long.parseLong(p[1])));
    }

    @Test
    void aCopyWhoseStockNoLongerEqualsItsLedgerFailsItsCheckIsDeletedAndTheFailureRecorded() {
        open();
        // what a bug writing around the ledger would leave: a balance one more than its movements
        services.transactions().useTransaction(h -> h.execute(
                "UPDATE stock_balance SET on_hand = on_hand + 1 WHERE part_id = (SELECT MIN(part_id) FROM stock_balance)"));
        logIn("admin");
        BackupRun run = services.backups().backUpNow();

        assertThat(run.status()).isEqualTo(BackupStatus.FAILED);
        assertThat(run.failureKind()).isEqualTo(BackupFailure.INVARIANT);
        assertThat(run.failureDetail()).contains("stock differs from its ledger");
        assertThat(run.file()).doesNotExist();
        assertThat(services.backups().lastGood()).isEmpty();
        assertThat(audit("BACKUP_FAILED")).hasSize(1);
    }

    @Test
    void anUnwritableFolderIsAFailedBackupNotAnError() throws Exception {
        open();
        logIn("admin");
        Path notAFolder = elsewhere.resolve("file");
        Files.writeString(notAFolder, "x");
        services.transactions().useTransaction(h -> h.execute("UPDATE backup_settings SET folder = ?",
                notAFolder.resolve("backups").toString()));
        BackupRun run = services.backups().backUpNow();
        assertThat(run.status()).isEqualTo(BackupStatus.FAILED);
        assertThat(run.failureKind()).isEqualTo(BackupFailure.WRITE);
    }

    @Test
    void theRotationKeepsTheNewestOfEachDayWeekAndMonthAndTouchesNoOtherFile() throws Exception {
        open();
        logIn("manager");
        services.backupSettings().saveSettings(new BackupSettingsInput(elsewhere.toString(), "22:30", "2", "1", "1"));
        Files.writeString(elsewhere.resolve("notes.txt"), "the store's own file");
        Files.writeString(elsewhere.resolve("workbench-copy.zip"), "not named by a time");
        // Friday 27 Nov 10:00, the same day 18:00, then Saturday, Sunday (same ISO week), Monday (next week)
        BackupRun friday = services.backups().backUpNow();
        clock.advance(Duration.ofHours(8));
        BackupRun fridayEvening = services.backups().backUpNow();
        assertThat(friday.file()).as("an older backup of the same day goes").doesNotExist();
        clock.advance(Duration.ofDays(1));
        BackupRun saturday = services.backups().backUpNow();
        clock.advance(Duration.ofDays(1));
        BackupRun sunday = services.backups().backUpNow();
        clock.advance(Duration.ofDays(1));
        BackupRun monday = services.backups().backUpNow();

        try (Stream<Path> files = Files.list(elsewhere)) {
            // two days (Mon, Sun); the week before Monday's ended on Sunday (kept); November's newest is Sunday 29
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    monday.fileName(), sunday.fileName(), "notes.txt", "workbench-copy.zip");
        }
        assertThat(fridayEvening.file()).doesNotExist();
        assertThat(saturday.file()).doesNotExist();
        assertThat(services.backups().runs(10)).hasSize(5).filteredOn(BackupListing::present).hasSize(2);
        assertThat(audit("BACKUPS_ROTATED")).extracting(r -> r.get("after_value").toString())
                .anySatisfy(text -> assertThat(text).contains(saturday.fileName()));
    }

    @Test
    void settingsAreRefusedFieldByFieldAndSavedWithAnAuditRow() {
        open();
        logIn("admin");
        assertThatThrownBy(() -> services.backupSettings().saveSettings(new BackupSettingsInput("backups", "25:00", "0", "x", "241")))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.byField()).containsOnlyKeys(
                        BackupSettingsInput.FOLDER, BackupSettingsInput.DAILY_AT, BackupSettingsInput.KEEP_DAILY,
                        BackupSettingsInput.KEEP_WEEKLY, BackupSettingsInput.KEEP_MONTHLY));
        BackupSettings saved = services.backupSettings().saveSettings(new BackupSettingsInput(elsewhere.toString(), "2:15",
                "7", "4", "6"));
        assertThat(saved.folder()).isEqualTo(elsewhere);
        assertThat(saved.dailyAt()).hasToString("02:15");
        assertThat(audit("BACKUP_SETTINGS_CHANGED")).hasSize(1);
    }

    @Test
    void onlyTheAdministratorAndTheManagerBackUpOrRestore() {
        open();
        logIn("cashier");
        assertThatThrownBy(() -> services.backups().backUpNow()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.restores().prepareRestore(data.resolve("x.zip")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBackupRestoredIntoANewFolderIsCheckedThenSwitchedToAtTheNextStartWithTheOldDataKeptAside() throws Exception {
        open();
        logIn("admin");
        BackupRun backup = services.backups().backUpNow();
        // work after the backup, which the restore takes back
        services.transactions().useTransaction(h -> h.execute("UPDATE store_profile SET phone = '020-99999999'"));
        clock.advance(Duration.ofMinutes(5));

        RestorePrepared prepared = services.restores().prepareRestore(backup.file());
        assertThat(prepared.folder()).isEqualTo(data.resolve("restore-20261127-100500"));
        assertThat(prepared.folder().resolve("workbench.mv.db")).isRegularFile();
        assertThat(prepared.schemaVersion()).isEqualTo(Migrations.latestVersion());
        assertThat(services.restores().pendingRestore()).isEmpty();
        services.restores().confirmRestore(prepared);
        assertThat(services.restores().pendingRestore()).hasValueSatisfying(p -> assertThat(p.confirmedBy()).isEqualTo("admin"));
        assertThat(audit("RESTORE_PREPARED")).hasSize(1);
        assertThat(audit("RESTORE_CONFIRMED")).hasSize(1);
        services.close();
        services = null;

        clock.advance(Duration.ofMinutes(1));
        services = AppServices.open(DatabaseSettings.embedded(data, "workbench"), false, data, clock);
        String phone = services.transactions().read(h -> h.createQuery("SELECT phone FROM store_profile").mapTo(String.class).one());
        assertThat(phone).as("the work after the backup is gone").isNotEqualTo("020-99999999");
        assertThat(data.resolve("before-restore-20261127-100600").resolve("workbench.mv.db")).as("the old data, kept aside")
                .isRegularFile();
        assertThat(prepared.folder()).doesNotExist();
        assertThat(data.resolve(RestoreSwitch.MARKER)).doesNotExist();
        assertThat(audit("DATABASE_RESTORED")).singleElement().satisfies(row -> {
            assertThat(row.get("actor_name")).isEqualTo("admin");
            assertThat(row.get("after_value").toString()).contains("before-restore-20261127-100600");
        });
        // the old data opens as it was, with the work after the backup
        try (AppServices old = AppServices.open(DatabaseSettings.embedded(data.resolve("before-restore-20261127-100600"),
                "workbench"), false, data, clock)) {
            String oldPhone = old.transactions().read(h -> h.createQuery("SELECT phone FROM store_profile")
                    .mapTo(String.class).one());
            assertThat(oldPhone).isEqualTo("020-99999999");
        }
    }

    @Test
    void aCancelledRestoreLeavesTheDataAsItIs() {
        open();
        logIn("manager");
        BackupRun backup = services.backups().backUpNow();
        RestorePrepared prepared = services.restores().prepareRestore(backup.file());
        services.restores().confirmRestore(prepared);
        services.restores().cancelRestore(prepared);
        assertThat(services.restores().pendingRestore()).isEmpty();
        assertThat(prepared.folder()).doesNotExist();
        assertThat(audit("RESTORE_CANCELLED")).hasSize(1);
    }

    @Test
    void aFileThatIsNoBackupIsRefusedWithAMessage() throws Exception {
        open();
        logIn("manager");
        Path bogus = elsewhere.resolve("workbench-20261127-090000.zip");
        Files.writeString(bogus, "not a zip");
        assertThatThrownBy(() -> services.restores().prepareRestore(bogus))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("backup.restore.checkFailed"));
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).noneMatch(n -> n.startsWith("restore-"));
        }
    }

    @Test
    void aRestoreWaitsWhileAnotherWorkbenchHoldsTheDatabaseOpen() throws Exception {
        open();
        logIn("admin");
        RestorePrepared prepared = services.restores().prepareRestore(services.backups().backUpNow().file());
        services.restores().confirmRestore(prepared);
        // the workbench is still open: its lock file is there, so nothing is switched
        assertThat(data.resolve("workbench.lock.db")).exists();
        assertThat(RestoreSwitch.applyPending(data.resolve("workbench.mv.db"), java.time.LocalDateTime.now(clock))).isEmpty();
        assertThat(services.restores().pendingRestore()).isPresent();
        assertThat(prepared.folder().resolve("workbench.mv.db")).isRegularFile();
    }
}
