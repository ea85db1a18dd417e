package com.fours.workbench.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.db.PostgresTools;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.Migrations;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;

/**
 * On a real PostgreSQL server: the same backup screen's service runs {@code pg_dump -Fc}, checks
 * the dump by restoring it into a scratch database, rotates; and the dump restored with
 * {@code pg_restore} into a fresh database opens in the workbench (Flyway finds it up to date) with
 * the data as it was at the backup.
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class BackupPostgresqlTest {

    @TempDir
    Path folder;

    @Test
    void pgDumpIsCheckedInAScratchDatabaseAndPgRestoreIntoAFreshDatabaseOpensInTheWorkbench() throws Exception {
        MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
        String restoredName = "wb_restored_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (PostgresTestSchema schema = new PostgresTestSchema()) {
            DatabaseSettings restored = null;
            try (AppServices services = schema.openLoggedIn(clock, "pgmanager", Role.SERVICE_MANAGER)) {
                assertThat(services.backupSettings().method().kind()).isEqualTo(BackupMethod.Kind.PG_DUMP);
                services.backupSettings().saveSettings(new BackupSettingsInput(folder.toString(), "22:30", "14", "8", "12"));
                BackupRun run = services.backups().backUpNow();

                assertThat(run.status()).as(String.valueOf(run.failureDetail())).isEqualTo(BackupStatus.VERIFIED);
                assertThat(run.fileName()).isEqualTo("workbench-20261127-100000.pgdump");
                assertThat(folder.resolve(run.fileName())).isRegularFile();
                assertThat(run.sizeBytes()).isEqualTo(Files.size(folder.resolve(run.fileName())));
                assertThat(run.checks()).startsWith("tables=").contains(";bills=0;");
                assertThat(run.schemaVersion()).isEqualTo(Migrations.latestVersion());
                // the scratch database of the check is gone
                int scratch = services.transactions().read(h -> h.createQuery(
                        "SELECT COUNT(*) FROM pg_database WHERE datname LIKE 'wb_check_%'").mapTo(Integer.class).one());
                assertThat(scratch).isZero();
                // work after the backup
                services.transactions().useTransaction(h -> h.execute("UPDATE store_profile SET phone = '020-99999999'"));

                restored = PostgresTools.createDatabase(schema.settings(), restoredName);
                new PostgresTools(System.getenv()).restore(folder.resolve(run.fileName()), restored);
            }
            try (AppServices reopened = AppServices.open(restored, false, folder, clock)) {
                String phone = reopened.transactions().read(h -> h.createQuery("SELECT phone FROM store_profile")
                        .mapTo(String.class).one());
                assertThat(phone).isEqualTo("020-38861234");
                reopened.authentication().login("pgmanager", "Start2026".toCharArray());
                assertThat(reopened.backups().runs(5)).as("the run is recorded after its backup, so not inside it").isEmpty();
                BackupRun again = reopened.backups().backUpNow();
                assertThat(again.status()).isEqualTo(BackupStatus.VERIFIED);
            } finally {
                PostgresTools.dropDatabase(schema.settings(), restoredName);
            }
        }
    }
}
