package com.fours.workbench.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The backup settings, the record of backup runs and the claim of each day's scheduled backup. */
interface BackupDao {

    record SettingsRow(String folder, String dailyAt, int keepDaily, int keepWeekly, int keepMonthly) {
    }

    @SqlQuery("SELECT folder, daily_at, keep_daily, keep_weekly, keep_monthly FROM backup_settings WHERE id = 1")
    @RegisterConstructorMapper(SettingsRow.class)
    SettingsRow settings();

    @SqlUpdate("UPDATE backup_settings SET folder = :folder, daily_at = :dailyAt, keep_daily = :keepDaily, "
            + "keep_weekly = :keepWeekly, keep_monthly = :keepMonthly, changed_by = :by, changed_at = :at WHERE id = 1")
    void saveSettings(String folder, String dailyAt, int keepDaily, int keepWeekly, int keepMonthly, String by, Instant at);

    String RUN_COLUMNS = "id, started_at, finished_at, trigger_kind, started_by, folder, file_name, size_bytes, status, "
            + "schema_version, checks, failure_kind, failure_detail";

    @SqlUpdate("INSERT INTO backup_run (started_at, finished_at, trigger_kind, started_by, folder, file_name, size_bytes, "
            + "status, schema_version, checks, failure_kind, failure_detail) VALUES (:startedAt, :finishedAt, :triggerKind, "
            + ":startedBy, :folder, :fileName, :sizeBytes, :status, :schemaVersion, :checks, :failureKind, :failureDetail)")
    @GetGeneratedKeys("id")
    long insertRun(@BindMethods BackupRun run);

    @SqlQuery("SELECT " + RUN_COLUMNS + " FROM backup_run ORDER BY started_at DESC, id DESC LIMIT :limit")
    @RegisterConstructorMapper(BackupRun.class)
    List<BackupRun> runs(int limit);

    @SqlQuery("SELECT " + RUN_COLUMNS + " FROM backup_run WHERE status <> 'FAILED' ORDER BY started_at DESC, id DESC LIMIT 1")
    @RegisterConstructorMapper(BackupRun.class)
    Optional<BackupRun> lastGood();

    /** 1 when this call claimed the day, 0 when another workbench already had. */
    @SqlUpdate("INSERT INTO backup_daily_claim (run_day, claimed_at) VALUES (:day, :at) ON CONFLICT DO NOTHING")
    int claimDay(LocalDate day, Instant at);

    @SqlQuery("SELECT COUNT(*) FROM backup_daily_claim WHERE run_day = :day")
    int claims(LocalDate day);
}
