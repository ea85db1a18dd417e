package com.fours.workbench.backup;

import static com.fours.workbench.testing.HostileInput.EMOJI;
import static com.fours.workbench.testing.HostileInput.REFUSED_TEXTS;
import static com.fours.workbench.testing.HostileInput.SQL;
import static com.fours.workbench.testing.HostileInput.TEN_THOUSAND;
import static com.fours.workbench.testing.Refusals.cleanOutcome;
import static com.fours.workbench.testing.Refusals.refusedUnchanged;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.HostileInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.OlderDemoDatabase;
import com.fours.workbench.testing.Refusals;

/** What a manager may type or pick on the backup screen: refused cleanly and nothing changed, or kept as typed. */
class BackupHostileInputTest {

    private static final List<String> TABLES = List.of("backup_settings", "backup_run", "audit_log");

    @TempDir
    Path data;
    @TempDir
    Path elsewhere;
    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;
    private BackupSettingsService backups;
    private RestoreService restores;

    @BeforeEach
    void open() {
        services = OlderDemoDatabase.open(data, clock);
        services.authentication().login("manager", SecurityDemoData.PASSWORD.toCharArray());
        backups = services.backupSettings();
        restores = services.restores();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private BackupSettingsInput settings(String folder, String at, String daily, String weekly, String monthly) {
        return new BackupSettingsInput(folder, at, daily, weekly, monthly);
    }

    @Test
    void settings() {
        var db = services.transactions();
        for (String text : REFUSED_TEXTS) {
            String key = text.length() > 1000 ? "field.tooLong" : "field.invalidCharacter";
            refusedUnchanged(key, db, TABLES, () -> backups.saveSettings(settings(text, "22:30", "14", "8", "12")));
            refusedUnchanged("backup.invalid.time", db, TABLES, () -> backups.saveSettings(settings("", text, "14", "8", "12")));
            refusedUnchanged("backup.invalid.count", db, TABLES, () -> backups.saveSettings(settings("", "22:30", text, "8", "12")));
        }
        refusedUnchanged("backup.invalid.folderRelative", db, TABLES, () -> backups.saveSettings(settings(SQL, "22:30", "14", "8", "12")));
        for (String count : HostileInput.HOSTILE_NUMBERS_AS_TYPED) {
            refusedUnchanged("backup.invalid.count", db, TABLES, () -> backups.saveSettings(settings("", "22:30", "14", count, "12")));
        }
        refusedUnchanged("backup.invalid.time", db, TABLES, () -> backups.saveSettings(settings("", "25:99", "14", "8", "12")));
        refusedUnchanged("backup.invalid.time", db, TABLES, () -> backups.saveSettings(null));

        String odd = elsewhere.resolve("备份 x'); DROP TABLE audit_log; --" + EMOJI).toString();
        BackupSettings saved = backups.saveSettings(settings(odd, "０６：３０", "14", "8", "12"));
        assertThat(saved.folder()).isEqualTo(Path.of(odd));
        assertThat(saved.dailyAt()).hasToString("06:30");
    }

    @Test
    void restoringAFileThatIsNotABackupIsRefusedAndLeavesNoFolderBehind() throws Exception {
        var db = services.transactions();
        Path png = Files.write(elsewhere.resolve("holiday.zip"), HostileInput.binaryFile());
        Path text = Files.writeString(elsewhere.resolve("notes.txt"), TEN_THOUSAND);
        refusedUnchanged("backup.restore.checkFailed", db, TABLES, () -> restores.prepareRestore(png));
        for (Path path : Stream.of(text, elsewhere, elsewhere.resolve("missing.zip"), null).toList()) {
            refusedUnchanged("backup.restore.noFile", db, TABLES, () -> restores.prepareRestore(path));
        }
        refusedUnchanged("backup.restore.noFile", db, TABLES, () -> restores.cancelRestore(null));
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("restore-"));
        }
    }

    @Test
    void aFolderAnywhereIsJudgedWithoutError() {
        assertThat(cleanOutcome(() -> backups.sameDiskAsDatabase(Path.of("/no/such/" + EMOJI)))).isNotNull();
        assertThat(cleanOutcome(() -> backups.sameDiskAsDatabase(null))).isFalse();
        assertThat(backups.sameDiskAsDatabase(data.resolve("backups"))).isTrue();
    }

    @Test
    void aSwitchRecordedAtStartKeepsWhatTheFileSaid() {
        restores.recordSwitched(new RestoreSwitch.Switched(data.resolve("before-restore"), SQL + ".zip", "manager",
                "2026-11-27T10:00"));
        String audited = services.transactions().read(h -> h.createQuery(
                "SELECT subject_id FROM audit_log WHERE action = 'DATABASE_RESTORED'").mapTo(String.class).one());
        assertThat(audited).isEqualTo(SQL + ".zip");
    }

    @Test
    void everyInputMethodIsExercised() {
        Refusals.assertCovers(Set.of("BackupSettingsService.saveSettings(BackupSettingsInput)",
                "RestoreService.prepareRestore(Path)", "RestoreService.cancelRestore(RestorePrepared)",
                "BackupSettingsService.sameDiskAsDatabase(Path)", "RestoreService.recordSwitched(Switched)",
                "RestoreService.confirmRestore(RestorePrepared)"), BackupSettingsService.class, BackupRunner.class,
                RestoreService.class);
    }
}
