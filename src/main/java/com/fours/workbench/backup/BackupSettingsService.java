package com.fours.workbench.backup;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Database;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.db.PostgresTools;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * How and where this workbench backs up its database: the method (H2's {@code BACKUP TO}, or
 * {@code pg_dump} where installed), the folder, the daily time and how many backups are kept.
 */
public final class BackupSettingsService {

    private final Database database;
    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path dataFolder;
    private final PostgresTools postgres;
    private final List<Consumer<BackupSettings>> listeners = new CopyOnWriteArrayList<>();

    public BackupSettingsService(Database database, Session session, AuditTrail audit, Clock clock, Path dataFolder,
                                 Map<String, String> environment) {
        this.database = database;
        this.transactions = database.transactions();
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.dataFolder = dataFolder;
        this.postgres = new PostgresTools(environment);
    }

    PostgresTools postgres() {
        return postgres;
    }

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
        listeners.forEach(l -> l.accept(saved));
        return saved;
    }

    void addSettingsListener(Consumer<BackupSettings> listener) {
        listeners.add(listener);
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
}
