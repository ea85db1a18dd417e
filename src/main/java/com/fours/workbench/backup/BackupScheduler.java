package com.fours.workbench.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic backups: every day at the store's time, and after a day's cash-up is closed. Runs
 * on the workbench's one executor; nothing happens until {@link #start()} (the workbench calls it
 * once it is up; tests and the demo do not). A workbench started after the day's time that finds
 * the day's backup not yet taken runs it a little after start.
 */
public final class BackupScheduler {

    private static final Logger log = LoggerFactory.getLogger(BackupScheduler.class);
    static final Duration CATCH_UP_AFTER = Duration.ofMinutes(2);

    private final BackupRunner backups;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private boolean started;
    private ScheduledFuture<?> next;

    public BackupScheduler(BackupRunner backups, ScheduledExecutorService executor, Clock clock) {
        this.backups = backups;
        this.executor = executor;
        this.clock = clock;
        backups.settings().addSettingsListener(s -> reschedule());
    }

    public synchronized void start() {
        started = true;
        reschedule();
    }

    public synchronized boolean started() {
        return started;
    }

    /** The instant of the next daily backup, for the screen and the tests. */
    public synchronized Instant nextDailyRun() {
        return next == null ? null : clock.instant().plusMillis(next.getDelay(TimeUnit.MILLISECONDS));
    }

    private synchronized void reschedule() {
        if (!started) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        Instant when = nextRun(now, backups.settings().readSettings().dailyAt(), backups.dailyClaimed(now.toLocalDate()));
        long delay = Math.max(0, Duration.between(now.toInstant(), when).toMillis());
        next = executor.schedule(this::runDaily, delay, TimeUnit.MILLISECONDS);
        log.info("Next daily backup at {}", when.atZone(clock.getZone()).toLocalDateTime());
    }

    /**
     * Today's time if it is still to come; a little after now when today's has passed untaken (the
     * PC was off, or the last try failed); else tomorrow's.
     */
    static Instant nextRun(ZonedDateTime now, LocalTime at, boolean claimedToday) {
        ZonedDateTime today = now.toLocalDate().atTime(at).atZone(now.getZone());
        if (now.isBefore(today)) {
            return today.toInstant();
        }
        if (!claimedToday) {
            return now.plus(CATCH_UP_AFTER).toInstant();
        }
        return now.toLocalDate().plusDays(1).atTime(at).atZone(now.getZone()).toInstant();
    }

    private void runDaily() {
        try {
            LocalDate day = LocalDate.now(clock);
            if (backups.claimDaily(day)) {
                backups.backUpAutomatically(BackupTrigger.DAILY);
            } else {
                log.info("The daily backup of {} was taken by another workbench", day);
            }
        } catch (RuntimeException e) {
            log.error("The daily backup could not run", e);
        } finally {
            reschedule();
        }
    }

    /** Called when a day's cash-up is closed: a backup of the closed day, in the background. */
    public void afterCashUp(LocalDate day) {
        if (!started()) {
            return;
        }
        executor.execute(() -> {
            try {
                backups.backUpAutomatically(BackupTrigger.CASH_UP);
            } catch (RuntimeException e) {
                log.error("The backup after the cash-up of {} could not run", day, e);
            }
        });
    }
}
