package com.fours.workbench.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.CashDayCount;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.OlderDemoDatabase;

/**
 * The automatic backups on the workbench's own executor: at the store's daily time (claimed once
 * per day, so a second workbench on the same database does not take it again), and after the
 * close of a day's cash-up, plugged in by the app without the cashier knowing of backups.
 */
class BackupSchedulerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path data;

    @Test
    void theNextRunIsTodaysTimeThenALittleAfterStartWhenTodaysWasMissedThenTomorrows() {
        ZonedDateTime morning = ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, SHANGHAI);
        LocalTime at = LocalTime.of(22, 30);
        assertThat(BackupScheduler.nextRun(morning, at, false)).isEqualTo(Instant.parse("2026-11-27T14:30:00Z"));
        ZonedDateTime late = morning.withHour(23);
        assertThat(BackupScheduler.nextRun(late, at, false)).isEqualTo(late.plus(BackupScheduler.CATCH_UP_AFTER).toInstant());
        assertThat(BackupScheduler.nextRun(late, at, true)).isEqualTo(Instant.parse("2026-11-28T14:30:00Z"));
    }

    @Test
    void atTheDailyTimeOneBackupIsTakenAndTheDayClaimedAndAfterTheCashUpAnother() {
        // two seconds before 10:01, the daily time set below
        MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:58Z");
        try (AppServices services = OlderDemoDatabase.open(data, clock)) {
            services.authentication().login("admin", SecurityDemoData.PASSWORD.toCharArray());
            services.backupSettings().saveSettings(new BackupSettingsInput("", "10:01", "14", "8", "12"));
            services.authentication().logout();
            services.backupScheduler().start();
            waitFor(() -> services.transactions().read(h -> h.createQuery(
                    "SELECT COUNT(*) FROM backup_run WHERE trigger_kind = 'DAILY'").mapTo(Integer.class).one()) == 1);
            BackupRun daily = services.backups().lastGood().orElseThrow();
            assertThat(daily.status()).isEqualTo(BackupStatus.VERIFIED);
            assertThat(daily.startedBy()).isEqualTo(BackupRunner.SYSTEM_ACTOR);
            assertThat(services.backups().claimDaily(clock.instant().atZone(SHANGHAI).toLocalDate()))
                    .as("a second workbench finds the day taken").isFalse();

            services.authentication().login("cashier", SecurityDemoData.PASSWORD.toCharArray());
            services.cashUp().close(services.cashUp().today(), new CashDayCount("", expectedCash(services), ""));
            waitFor(() -> services.transactions().read(h -> h.createQuery(
                    "SELECT COUNT(*) FROM backup_run WHERE trigger_kind = 'CASH_UP'").mapTo(Integer.class).one()) == 1);
            String by = services.transactions().read(h -> h.createQuery(
                    "SELECT started_by FROM backup_run WHERE trigger_kind = 'CASH_UP'").mapTo(String.class).one());
            assertThat(by).as("the cashier who closed the day").isEqualTo("cashier");
        }
    }

    @Test
    void withoutTheSchedulerStartedACashUpTakesNoBackup() {
        MutableClock clock = MutableClock.shanghai("2026-11-27T10:00:00Z");
        try (AppServices services = OlderDemoDatabase.open(data, clock)) {
            services.authentication().login("cashier", SecurityDemoData.PASSWORD.toCharArray());
            services.cashUp().close(services.cashUp().today(), new CashDayCount("", expectedCash(services), ""));
            assertThat(services.backupScheduler().started()).isFalse();
            assertThat(services.backups().lastGood()).isEmpty();
        }
    }

    private static String expectedCash(AppServices services) {
        return services.cashUp().figures(services.cashUp().today()).expectedCash(com.fours.workbench.core.Money.ZERO)
                .toPlainString();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no backup in 60 s", e);
        }
    }
}
