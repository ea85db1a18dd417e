package com.fours.workbench.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Database;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.db.DatabaseTooNewException;
import com.fours.workbench.db.PostgresTools;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditAction;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Backups of the database the workbench uses, and restoring one. The embedded H2 file is backed up
 * online with H2's {@code BACKUP TO} into a zip; a PostgreSQL database with {@code pg_dump -Fc}
 * where that program is installed. Every backup is checked right after it is written (opened as a
 * copy in a scratch folder, migrations validated, invariants verified), recorded in
 * {@code backup_run} with an audit row, and the folder then rotated. A restore copies a backup
 * into a new folder beside the database, migrates and checks it there, and after the user's
 * confirmation the next start switches to it ({@link RestoreSwitch}).
 */
public final class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("workbench-(\\d{8}-\\d{6})(?:-\\d+)?\\.(zip|pgdump)");
    static final String SYSTEM_ACTOR = "system";

    private final Database database;
    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path dataFolder;
    private final PostgresTools postgres;
    private final Object oneAtATime = new Object();
    private final List<Consumer<BackupRun>> runListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<BackupSettings>> settingsListeners = new CopyOnWriteArrayList<>();

    public BackupService(Database database, Session session, AuditTrail audit, Clock clock, Path dataFolder,
                         Map<String, String> environment) {
        this.database = database;
        this.transactions = database.transactions();
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.dataFolder = dataFolder;
        this.postgres = new PostgresTools(environment);
    }

    // --- what and where --------------------------------------------------------------------

    /** How this workbench backs up its database, and with which program. */
    public BackupMethod method() {
        DatabaseSettings settings = database.settings();
        if (settings.embeddedFile().isPresent()) {
            return new BackupMethod(BackupMethod.Kind.H2_ONLINE, settings.description(), "H2 BACKUP TO");
        }
        if (settings.isEmbedded()) {
            return new BackupMethod(BackupMethod.Kind.NONE, settings.description(), "");
        }
        return postgres.find("pg_dump")
                .map(tool -> new BackupMethod(BackupMethod.Kind.PG_DUMP, settings.description(), tool.toString()))
                .orElseGet(() -> new BackupMethod(BackupMethod.Kind.PG_SERVER, settings.description(), ""));
    }

    /** Where backups go when the store has chosen no folder: {@code backups} beside the database. */
    public Path defaultFolder() {
        return database.settings().embeddedFile().map(f -> f.getParent().resolve("backups"))
                .orElse(dataFolder.resolve("backups"));
    }

    public BackupSettings settings() {
        session.require(Permission.MANAGE_BACKUPS);
        return readSettings();
    }

    BackupSettings readSettings() {
        BackupDao.SettingsRow row = transactions.read(h -> h.attach(BackupDao.class).settings());
        boolean byDefault = row.folder() == null || row.folder().isBlank();
        return new BackupSettings(byDefault ? defaultFolder() : Path.of(row.folder()), byDefault,
                LocalTime.parse(row.dailyAt()), row.keepDaily(), row.keepWeekly(), row.keepMonthly());
    }

    /** Whether the folder is on the same disk as the database, where a dying disk takes both. */
    public boolean sameDiskAsDatabase(Path folder) {
        Optional<Path> file = database.settings().embeddedFile();
        if (file.isEmpty() || folder == null) {
            return false;
        }
        try {
            Path existing = folder.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return false;
            }
            FileStore backups = Files.getFileStore(existing);
            return backups.equals(Files.getFileStore(file.get().getParent()));
        } catch (IOException e) {
            return false;
        }
    }

    /** Saves the settings typed; every field refused says why under itself. Audited. */
    public BackupSettings saveSettings(BackupSettingsInput input) {
        AuthenticatedUser user = session.require(Permission.MANAGE_BACKUPS);
        if (input == null) {
            input = new BackupSettingsInput(null, null, null, null, null);
        }
        BackupSettingsInput typed = input;
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        // backup_settings.folder is VARCHAR(1000); a pasted override or control character is refused, not kept
        String checkedText = errors.check(BackupSettingsInput.FOLDER, () -> Typed.optionalText(typed.folder(), 1000));
        String folder = checkedText == null ? "" : checkedText;
        if (!folder.isEmpty()) {
            errors.check(BackupSettingsInput.FOLDER, () -> checkFolder(folder));
        }
        LocalTime at = errors.check(BackupSettingsInput.DAILY_AT, () -> parseTime(typed.dailyAt()));
        Integer daily = errors.check(BackupSettingsInput.KEEP_DAILY, () -> count(typed.keepDaily(), 1, 366));
        Integer weekly = errors.check(BackupSettingsInput.KEEP_WEEKLY, () -> count(typed.keepWeekly(), 0, 520));
        Integer monthly = errors.check(BackupSettingsInput.KEEP_MONTHLY, () -> count(typed.keepMonthly(), 0, 240));
        errors.throwIfAny();
        BackupSettings before = readSettings();
        String time = at.format(DateTimeFormatter.ofPattern("HH:mm"));
        transactions.useTransaction(h -> {
            h.attach(BackupDao.class).saveSettings(folder.isEmpty() ? null : folder, time, daily, weekly, monthly,
                    user.username(), clock.instant());
            audit.record(h, BackupAuditAction.BACKUP_SETTINGS_CHANGED, "backup_settings", 1, describe(before),
                    "folder=" + (folder.isEmpty() ? "(default)" : folder) + ", daily at " + time + ", keep " + daily
                            + "/" + weekly + "/" + monthly);
        });
        BackupSettings saved = readSettings();
        settingsListeners.forEach(l -> l.accept(saved));
        return saved;
    }

    private static String describe(BackupSettings s) {
        return "folder=" + (s.defaultFolder() ? "(default)" : s.folder()) + ", daily at " + s.dailyAt() + ", keep "
                + s.keepDaily() + "/" + s.keepWeekly() + "/" + s.keepMonthly();
    }

    private static Path checkFolder(String typed) {
        Path folder;
        try {
            folder = Path.of(typed);
        } catch (RuntimeException e) {
            throw new BusinessRuleException("backup.invalid.folder", typed);
        }
        if (!folder.isAbsolute()) {
            throw new BusinessRuleException("backup.invalid.folderRelative", typed);
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BusinessRuleException("backup.invalid.notAFolder", typed);
        }
        return folder;
    }

    private static LocalTime parseTime(String typed) {
        String text = Typed.clean(typed);
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text, DateTimeFormatter.ofPattern("HH:mm"));
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("backup.invalid.time", text.length() > 20 ? text.substring(0, 20) + "…" : text);
        }
    }

    private static Integer count(String typed, int min, int max) {
        String text = Typed.clean(typed);
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BusinessRuleException("backup.invalid.count", min, max);
    }

    // --- backing up --------------------------------------------------------------------------

    /** A backup now, asked for by the user; the result (good or failed) is recorded and returned. */
    public BackupRun backUpNow() {
        AuthenticatedUser user = session.require(Permission.MANAGE_BACKUPS);
        if (!method().canBackUp()) {
            throw new BusinessRuleException("backup.notHere", database.settings().description());
        }
        return backUp(BackupTrigger.MANUAL, user.username());
    }

    /**
     * A backup the workbench starts by itself (the daily time, the close of the cash-up); no
     * permission needed, recorded as by the user logged in (who closed the day) or by the system.
     */
    public Optional<BackupRun> backUpAutomatically(BackupTrigger trigger) {
        if (!method().canBackUp()) {
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
            BackupSettings settings = readSettings();
            BackupMethod method = method();
            Instant started = clock.instant();
            Path folder = settings.folder().toAbsolutePath();
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
                Checked checked = check(method, file);
                status = checked.status();
                version = checked.version();
                checks = checked.checks();
            } catch (BackupCheck.Failed e) {
                status = BackupStatus.FAILED;
                failure = e.kind;
                detail = e.getMessage();
                log.warn("Backup {} failed ({}): {}", file, failure, detail, e.getCause());
                deleteQuietly(file);
            }
            Long size = sizeOf(file);
            Set<String> rotated = status.good() ? rotate(folder, settings) : Set.of();
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
                postgres.dump(database.settings(), file);
            }
        } catch (RuntimeException e) {
            throw new BackupCheck.Failed(method.kind() == BackupMethod.Kind.H2_ONLINE ? BackupFailure.WRITE
                    : BackupFailure.TOOL, String.valueOf(e.getMessage()), e);
        }
        if (!Files.isRegularFile(file)) {
            throw new BackupCheck.Failed(BackupFailure.WRITE, "no file was written: " + file, null);
        }
    }

    private record Checked(BackupStatus status, String version, String checks) {
    }

    private Checked check(BackupMethod method, Path file) {
        if (method.kind() == BackupMethod.Kind.H2_ONLINE) {
            Path scratch = scratchFolder("backup-check");
            try {
                Path copy = unzipDatabase(file, scratch);
                return openAndCheck(embeddedSettings(copy), false);
            } finally {
                deleteTree(scratch);
            }
        }
        return checkDump(file);
    }

    private Checked checkDump(Path file) {
        int entries;
        try {
            entries = postgres.countArchiveEntries(file);
        } catch (RuntimeException e) {
            throw new BackupCheck.Failed(BackupFailure.TOOL, String.valueOf(e.getMessage()), e);
        }
        DatabaseSettings settings = database.settings();
        if (!PostgresTools.mayCreateDatabases(settings)) {
            return new Checked(BackupStatus.READABLE, null, "entries=" + entries);
        }
        String scratch = "wb_check_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DatabaseSettings copy;
        try {
            copy = PostgresTools.createDatabase(settings, scratch);
        } catch (RuntimeException e) {
            throw new BackupCheck.Failed(BackupFailure.TOOL, String.valueOf(e.getMessage()), e);
        }
        try {
            try {
                postgres.restore(file, copy);
            } catch (RuntimeException e) {
                throw new BackupCheck.Failed(BackupFailure.TOOL, String.valueOf(e.getMessage()), e);
            }
            return openAndCheck(copy, false);
        } finally {
            PostgresTools.dropDatabase(settings, scratch);
        }
    }

    /** Opens a copy (unchanged, or migrated when restoring an older one) and checks it. */
    private static Checked openAndCheck(DatabaseSettings copy, boolean migrate) {
        Database opened;
        try {
            opened = migrate ? Database.open(copy) : Database.openUnchanged(copy);
        } catch (DatabaseTooNewException e) {
            throw new BackupCheck.Failed(BackupFailure.OPEN, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new BackupCheck.Failed(BackupFailure.OPEN, String.valueOf(e.getMessage()), e);
        }
        try (Database db = opened) {
            String version = db.schemaVersion();
            try {
                return new Checked(BackupStatus.VERIFIED, version, BackupCheck.run(db.transactions()));
            } catch (BackupCheck.Failed e) {
                throw e;
            } catch (RuntimeException e) {
                throw new BackupCheck.Failed(BackupFailure.INVARIANT, String.valueOf(e.getMessage()), e);
            }
        }
    }

    /** Deletes what the rotation no longer keeps; only files this workbench names, never anything else. */
    private Set<String> rotate(Path folder, BackupSettings settings) {
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
        Set<String> delete = Rotation.toDelete(taken, settings.keepDaily(), settings.keepWeekly(), settings.keepMonthly());
        for (String name : delete) {
            deleteQuietly(folder.resolve(name));
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

    void addSettingsListener(Consumer<BackupSettings> listener) {
        settingsListeners.add(listener);
    }

    // --- restoring ---------------------------------------------------------------------------

    /**
     * Copies a backup into a new folder beside the database and checks it there (migrated to this
     * workbench's schema when it is older). Nothing is switched yet.
     */
    public RestorePrepared prepareRestore(Path backupFile) {
        AuthenticatedUser user = session.require(Permission.RESTORE_BACKUPS);
        Path databaseFile = database.settings().embeddedFile()
                .orElseThrow(() -> new BusinessRuleException("backup.restore.onlyEmbedded"));
        if (backupFile == null || !Files.isRegularFile(backupFile) || !backupFile.getFileName().toString().endsWith(".zip")) {
            throw new BusinessRuleException("backup.restore.noFile", String.valueOf(backupFile));
        }
        Path folder = databaseFile.resolveSibling("restore-" + STAMP.format(LocalDateTime.now(clock)));
        Checked checked;
        try {
            Path copy = unzipDatabase(backupFile, folder);
            Path named = folder.resolve(databaseFile.getFileName());
            if (!copy.equals(named)) {
                Files.move(copy, named, StandardCopyOption.ATOMIC_MOVE);
            }
            checked = openAndCheck(embeddedSettings(named), true);
        } catch (BackupCheck.Failed e) {
            deleteTree(folder);
            throw new BusinessRuleException("backup.restore.checkFailed", backupFile.getFileName().toString(),
                    e.getMessage());
        } catch (IOException e) {
            deleteTree(folder);
            throw new BusinessRuleException("backup.restore.checkFailed", backupFile.getFileName().toString(), e.toString());
        }
        RestorePrepared prepared = new RestorePrepared(backupFile, folder, checked.version(), checked.checks());
        transactions.useTransaction(h -> audit.record(h, BackupAuditAction.RESTORE_PREPARED, "backup_file",
                backupFile.getFileName(), null, "into " + folder + ", schema " + checked.version() + ", " + checked.checks()));
        log.info("{} prepared a restore of {} into {}", user.username(), backupFile, folder);
        return prepared;
    }

    /** The user confirmed: the next start of the workbench switches to the prepared copy. */
    public RestoreSwitch.Pending confirmRestore(RestorePrepared prepared) {
        AuthenticatedUser user = session.require(Permission.RESTORE_BACKUPS);
        Path databaseFile = database.settings().embeddedFile()
                .orElseThrow(() -> new BusinessRuleException("backup.restore.onlyEmbedded"));
        if (!Files.isRegularFile(prepared.folder().resolve(databaseFile.getFileName()))) {
            throw new BusinessRuleException("backup.restore.noFile", prepared.folder().toString());
        }
        RestoreSwitch.Pending pending = new RestoreSwitch.Pending(prepared.folder(),
                prepared.backupFile().toString(), user.username(),
                LocalDateTime.now(clock).withNano(0).toString());
        transactions.useTransaction(h -> {
            audit.record(h, BackupAuditAction.RESTORE_CONFIRMED, "backup_file", prepared.backupFile().getFileName(), null,
                    "switch at next start to " + prepared.folder());
            RestoreSwitch.writePending(databaseFile, pending);
        });
        return pending;
    }

    /** The restore confirmed and waiting for the next start, if any. */
    public Optional<RestoreSwitch.Pending> pendingRestore() {
        return database.settings().embeddedFile().flatMap(RestoreSwitch::pending);
    }

    /** Drops a prepared or confirmed restore: the next start keeps the current data. */
    public void cancelRestore(RestorePrepared prepared) {
        session.require(Permission.RESTORE_BACKUPS);
        if (prepared == null || prepared.folder() == null || prepared.backupFile() == null) {
            throw new BusinessRuleException("backup.restore.noFile", String.valueOf(prepared));
        }
        Path databaseFile = database.settings().embeddedFile().orElseThrow();
        transactions.useTransaction(h -> {
            audit.record(h, BackupAuditAction.RESTORE_CANCELLED, "backup_file", prepared.backupFile().getFileName(),
                    null, "removed " + prepared.folder());
            RestoreSwitch.pending(databaseFile).filter(p -> p.preparedFolder().equals(prepared.folder()))
                    .ifPresent(p -> RestoreSwitch.clearPending(databaseFile));
        });
        deleteTree(prepared.folder());
    }

    /** After a start that switched to a restored database: the audit row, written into that database. */
    public void recordSwitched(RestoreSwitch.Switched switched) {
        transactions.useTransaction(h -> audit.recordAnonymous(h, switched.confirmedBy().isBlank() ? SYSTEM_ACTOR
                        : switched.confirmedBy(), BackupAuditAction.DATABASE_RESTORED, "backup_file",
                Path.of(switched.backupFile()).getFileName(), null, "confirmed " + switched.confirmedAt()
                        + "; the replaced database is in " + switched.keptAside()));
    }

    // --- files ----------------------------------------------------------------------------------

    private DatabaseSettings embeddedSettings(Path file) {
        String name = file.getFileName().toString();
        return DatabaseSettings.embedded(file.getParent(), name.substring(0, name.length() - ".mv.db".length()));
    }

    private Path scratchFolder(String kind) {
        Path base = database.settings().embeddedFile().map(Path::getParent).orElse(dataFolder);
        return base.resolve(kind).resolve(UUID.randomUUID().toString().substring(0, 8));
    }

    /** Takes the one database file out of a backup zip; no other entry, no path inside the zip, is followed. */
    private static Path unzipDatabase(Path zip, Path into) {
        try {
            Files.createDirectories(into);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String name = Path.of(entry.getName()).getFileName().toString();
                    if (!entry.isDirectory() && name.endsWith(".mv.db")) {
                        Path target = into.resolve(name);
                        copy(in, target);
                        return target;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new BackupCheck.Failed(BackupFailure.OPEN, "cannot read " + zip.getFileName() + ": " + e, e);
        }
        throw new BackupCheck.Failed(BackupFailure.OPEN, zip.getFileName() + " holds no database file", null);
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {}", file, e);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(BackupService::deleteQuietly);
        } catch (IOException e) {
            log.warn("Cannot delete {}", folder, e);
        }
        Path parent = folder.getParent();
        try (Stream<Path> left = Files.list(parent)) {
            if (left.findAny().isEmpty() && parent.getFileName().toString().startsWith("backup-check")) {
                Files.deleteIfExists(parent);
            }
        } catch (IOException e) {
            log.debug("Cannot tidy {}", parent, e);
        }
    }
}
