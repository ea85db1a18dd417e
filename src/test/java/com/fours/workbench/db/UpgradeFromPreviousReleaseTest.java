package com.fours.workbench.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.backup.BackupRun;
import com.fours.workbench.backup.BackupStatus;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.LedgerInvariant;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.OlderDemoDatabase;

/**
 * Upgrades: the demo database the previous release wrote (main at dbecd11) opens in this one, its
 * migrations run on the copy and everything still holds; a database written by a newer release is
 * refused before anything is changed, with a message in the user's language.
 */
class UpgradeFromPreviousReleaseTest {

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");

    @Test
    void theDemoDatabaseOfThePreviousReleaseOpensMigratedWithItsDataAndInvariantsIntact() throws Exception {
        Path file = OlderDemoDatabase.unpackInto(folder);
        assertThat(schemaVersion(file)).isEqualTo(OlderDemoDatabase.SCHEMA_VERSION);
        long customers = count(file, "SELECT COUNT(*) FROM customer");
        long bills = count(file, "SELECT COUNT(*) FROM bill");
        long movements = count(file, "SELECT COUNT(*) FROM stock_movement");
        assertThat(customers).isEqualTo(300);
        assertThat(bills).isPositive();

        try (AppServices services = AppServices.open(DatabaseSettings.embedded(folder, "workbench"), false, folder, clock)) {
            long after = services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM customer").mapTo(Long.class).one());
            assertThat(after).isEqualTo(customers);
            long movementsAfter = services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM stock_movement")
                    .mapTo(Long.class).one());
            assertThat(movementsAfter).isEqualTo(movements);
            LedgerInvariant.assertHolds(services);
            services.authentication().login("manager", SecurityDemoData.PASSWORD.toCharArray());
            // the backup's check validates every migration on a copy and verifies the invariants
            BackupRun run = services.backups().backUpNow();
            assertThat(run.status()).as(String.valueOf(run.failureDetail())).isEqualTo(BackupStatus.VERIFIED);
            assertThat(run.schemaVersion()).isEqualTo(newestShipped());
        }
        assertThat(schemaVersion(file)).isEqualTo(newestShipped());
    }

    @Test
    void aDatabaseOfANewerReleaseIsRefusedUntouchedWithATranslatedMessage() throws Exception {
        Path file = OlderDemoDatabase.unpackInto(folder);
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\") "
                    + "VALUES (900, '99.1', 'a later release', 'SQL', 'V99_1__later.sql', 1, 'sa', CURRENT_TIMESTAMP, 1, TRUE)");
        }
        DatabaseSettings settings = DatabaseSettings.embedded(folder, "workbench");
        String newest = newestShipped();
        assertThatThrownBy(() -> Database.open(settings))
                .isInstanceOfSatisfying(DatabaseTooNewException.class, e -> {
                    assertThat(e.arguments()).containsExactly("99.1", newest);
                    assertThat(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).of(e))
                            .startsWith("此数据库由更新版本的工作台写入（数据结构版本 99.1；本版本最高支持 " + newest + "）");
                    assertThat(Messages.forLocale(Locale.ENGLISH).of(e)).startsWith(
                            "This database was written by a newer release of the workbench (schema version 99.1;");
                });
        assertThat(schemaVersion(file)).as("nothing migrated").isEqualTo("99.1");
        assertThat(count(file, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'backup_run'")).isZero();
    }

    /** The newest migration this release ships, read from a fresh database. */
    private static String newestShipped() {
        try (Database fresh = Database.open(DatabaseSettings.inMemory("newest-" + System.nanoTime()))) {
            return fresh.schemaVersion();
        }
    }

    private static Connection connect(Path file) throws SQLException {
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        return DriverManager.getConnection("jdbc:h2:file:" + base + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
    }

    private static String schemaVersion(Path file) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                     + "AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            r.next();
            return r.getString(1);
        }
    }

    private static long count(Path file, String sql) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
