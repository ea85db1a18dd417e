package com.fours.workbench.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.db.Database;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditAction;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Takes backups, by hand or by the workbench itself: writes the file, has it checked
 * ({@link BackupVerifier}), records the run in {@code backup_run} with an audit row and rotates the
 * folder; lists the runs and tells who listens when one is done.
 */
public final class BackupRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupRunner.class);
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("workbench-(\\d{8}-\\d{6})(?:-\\d+)?\\.(zip|pgdump)");
    static final String SYSTEM_ACTOR = "system";

    private final Database database;
    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final BackupSettingsService settings;
    private final BackupVerifier verifier;
    private final Object oneAtATime = new Object();
    private final List<Consumer<BackupRun>> runListeners = new CopyOnWriteArrayList<>();

    public BackupRunner(Database database, Session session, AuditTrail audit, Clock clock, Path dataFolder,
                        BackupSettingsService settings) {
        this.database = database;
        this.transactions = database.transactions();
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.verifier = new BackupVerifier(database, settings.postgres(), dataFolder);
    }

    BackupSettingsService settings() {
        return settings;
    }

    /** A backup now, asked for by the user; the result (good or failed) is recorded and returned. */
    public BackupRun backUpNow() {
        AuthenticatedUser user = session.require(Permission.MANAGE_BACKUPS);
        if (!settings.method().canBackUp()) {
            throw new BusinessRuleException("backup.notHere", database.settings().description());
        }
        return backUp(BackupTrigger.MANUAL, user.username());
    }

    /**
     * A backup the workbench starts by itself (the daily time, the close of the cash-up); no
     * permission needed, recorded as by the user logged in (who closed the day) or by the system.
     */
    public Optional<BackupRun> backUpAutomatically(BackupTrigger trigger) {
        if (!settings.method().canBackUp()) {
            log.info("No automatic backup: {} is backed up by its server", database.settings().description());
            return Optional.empty();
        }
        return Optional.of(backUp(trigger, session.user().map(AuthenticatedUser::username).orElse(SYSTEM_ACTOR)));
    }

    /** Takes the daily backup of {@code day} for this workbench; false when another one already has. */
    public boolean claimDaily(LocalDate day) {
        return transactions.inTransaction(h -> h.attach(BackupDao.class).claimDay(day, clock.instant())) == 1;
    }

    boolean dailyClaimed(LocalDate day) {
        return transactions.read(h -> h.attach(BackupDao.class).claims(day)) > 0;
    }

    private BackupRun backUp(BackupTrigger trigger, String actor) {
        synchronized (oneAtATime) {
            BackupSettings chosen = settings.readSettings();
            BackupMethod method = settings.method();
            Instant started = clock.instant();
            Path folder = chosen.folder().toAbsolutePath();
            String name = "workbench-" + STAMP.format(LocalDateTime.ofInstant(started, clock.getZone()))
                    + (method.kind() == BackupMethod.Kind.H2_ONLINE ? ".zip" : ".pgdump");
            Path file = folder.resolve(name);
            for (int n = 1; Files.exists(file); n++) {
                file = folder.resolve(name.replace(".", "-" + n + "."));
            }
            BackupStatus status;
            String version = null;
            String checks = null;
            BackupFailure failure = null;
            String detail = null;
            long t0 = System.nanoTime();
            long written = t0;
            try {
                write(method, file);
                written = System.nanoTime();
                BackupVerifier.Checked checked = verifier.check(method, file);
                status = checked.status();
                version = checked.version();
                checks = checked.checks();
            } catch (BackupCheck.Failed e) {
                status = BackupStatus.FAILED;
                failure = e.kind;
                detail = e.getMessage();
                log.warn("Backup {} failed ({}): {}", file, failure, detail, e.getCause());
                BackupFiles.deleteQuietly(file);
            }
            Long size = BackupFiles.sizeOf(file);
            Set<String> rotated = status.good() ? rotate(folder, chosen) : Set.of();
            BackupRun run = new BackupRun(0, started, clock.instant(), trigger, actor, folder.toString(),
                    file.getFileName().toString(), size, status, version, checks, failure, truncate(detail));
            BackupStatus outcome = status;
            BackupRun saved = transactions.inTransaction(h -> {
                long id = h.attach(BackupDao.class).insertRun(run);
                record(h, actor, outcome.good() ? BackupAuditAction.BACKUP_MADE : BackupAuditAction.BACKUP_FAILED,
                        "backup_run", id, run.file() + " " + outcome + (run.failureKind() == null ? ""
                                : " " + run.failureKind() + ": " + run.failureDetail()));
                if (!rotated.isEmpty()) {
                    record(h, actor, BackupAuditAction.BACKUPS_ROTATED, "backup_folder", null,
                            folder + ": deleted " + String.join(", ", rotated.stream().sorted().toList()));
                }
                return new BackupRun(id, run.startedAt(), run.finishedAt(), run.triggerKind(), run.startedBy(),
                        run.folder(), run.fileName(), run.sizeBytes(), run.status(), run.schemaVersion(), run.checks(),
                        run.failureKind(), run.failureDetail());
            });
            log.info("Backup {} {}: written in {} ms, checked in {} ms ({} bytes; {})", saved.file(), saved.status(),
                    (written - t0) / 1_000_000, (System.nanoTime() - written) / 1_000_000, size,
                    checks == null ? detail : checks);
            runListeners.forEach(l -> {
                try {
                    l.accept(saved);
                } catch (RuntimeException e) {
                    log.warn("A backup listener failed", e);
                }
            });
            return saved;
        }
    }

    private void record(Handle h, String actor, AuditAction action, String subjectType, Object subject, String after) {
        if (session.user().map(u -> u.username().equals(actor)).orElse(false)) {
            audit.record(h, action, subjectType, subject, null, after);
        } else {
            audit.recordAnonymous(h, actor, action, subjectType, subject, null, after);
        }
    }

    private void write(BackupMethod method, Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException | RuntimeException e) {
            throw new BackupCheck.Failed(BackupFailure.WRITE, "cannot create " + file.getParent() + ": " + e, e);
        }
        try {
            if (method.kind() == BackupMethod.Kind.H2_ONLINE) {
                database.backUpEmbeddedTo(file);
            } else {
                settings.postgres().dump(database.settings(), file);
            }
        } catch (RuntimeException e) {
            throw new BackupCheck.Failed(method.kind() == BackupMethod.Kind.H2_ONLINE ? BackupFailure.WRITE
                    : BackupFailure.TOOL, String.valueOf(e.getMessage()), e);
        }
        if (!Files.isRegularFile(file)) {
            throw new BackupCheck.Failed(BackupFailure.WRITE, "no file was written: " + file, null);
        }
    }

    /** Deletes what the rotation no longer keeps; only files this workbench names, never anything else. */
    private Set<String> rotate(Path folder, BackupSettings chosen) {
        List<Rotation.Taken> taken = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    taken.add(new Rotation.Taken(f.getFileName().toString(), LocalDateTime.parse(m.group(1), STAMP)));
                }
            });
        } catch (IOException e) {
            log.warn("Cannot list {} to rotate the backups", folder, e);
            return Set.of();
        }
        Set<String> delete = Rotation.toDelete(taken, chosen.keepDaily(), chosen.keepWeekly(), chosen.keepMonthly());
        for (String name : delete) {
            BackupFiles.deleteQuietly(folder.resolve(name));
        }
        return delete;
    }

    public List<BackupListing> runs(int limit) {
        session.require(Permission.MANAGE_BACKUPS);
        return transactions.read(h -> h.attach(BackupDao.class).runs(limit)).stream()
                .map(r -> new BackupListing(r, r.fileName() != null && Files.isRegularFile(r.file()))).toList();
    }

    /** The newest backup that checked good, for the status bar of every user. */
    public Optional<BackupRun> lastGood() {
        return transactions.read(h -> h.attach(BackupDao.class).lastGood());
    }

    public void addRunListener(Consumer<BackupRun> listener) {
        runListeners.add(listener);
    }

    public void removeRunListener(Consumer<BackupRun> listener) {
        runListeners.remove(listener);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
