package com.fours.workbench.backup;

import java.nio.file.Path;
import java.util.UUID;

import com.fours.workbench.db.Database;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.db.DatabaseTooNewException;
import com.fours.workbench.db.PostgresTools;

/**
 * Checks a backup before it counts: the H2 zip is unpacked into a scratch folder, a PostgreSQL dump
 * restored into a scratch database (where the login may create one), and the copy opened and put
 * through {@link BackupCheck}. A copy being restored is migrated to this workbench's schema first.
 */
final class BackupVerifier {

    /** What a check found: the status, the schema version of the copy, and the counts checked. */
    record Checked(BackupStatus status, String version, String checks) {
    }

    private final Database database;
    private final PostgresTools postgres;
    private final Path dataFolder;

    BackupVerifier(Database database, PostgresTools postgres, Path dataFolder) {
        this.database = database;
        this.postgres = postgres;
        this.dataFolder = dataFolder;
    }

    /** Checks the backup just written by {@code method}; throws {@link BackupCheck.Failed} when it is no good. */
    Checked check(BackupMethod method, Path file) {
        if (method.kind() == BackupMethod.Kind.H2_ONLINE) {
            Path scratch = scratchFolder("backup-check");
            try {
                Path copy = BackupFiles.unzipDatabase(file, scratch);
                return openAndCheck(BackupFiles.embeddedSettings(copy), false);
            } finally {
                BackupFiles.deleteTree(scratch);
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
    static Checked openAndCheck(DatabaseSettings copy, boolean migrate) {
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

    private Path scratchFolder(String kind) {
        Path base = database.settings().embeddedFile().map(Path::getParent).orElse(dataFolder);
        return base.resolve(kind).resolve(UUID.randomUUID().toString().substring(0, 8));
    }
}
