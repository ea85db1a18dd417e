package com.fours.workbench.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.db.Database;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Restoring a backup of the embedded database: the backup is copied into a new folder beside the
 * database, migrated and checked there; after the user's confirmation the next start switches to it
 * ({@link RestoreSwitch}). Each step is audited.
 */
public final class RestoreService {

    private static final Logger log = LoggerFactory.getLogger(RestoreService.class);

    private final Database database;
    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public RestoreService(Database database, Session session, AuditTrail audit, Clock clock) {
        this.database = database;
        this.transactions = database.transactions();
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

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
        Path folder = databaseFile.resolveSibling("restore-" + BackupRunner.STAMP.format(LocalDateTime.now(clock)));
        BackupVerifier.Checked checked;
        try {
            Path copy = BackupFiles.unzipDatabase(backupFile, folder);
            Path named = folder.resolve(databaseFile.getFileName());
            if (!copy.equals(named)) {
                Files.move(copy, named, StandardCopyOption.ATOMIC_MOVE);
            }
            checked = BackupVerifier.openAndCheck(BackupFiles.embeddedSettings(named), true);
        } catch (BackupCheck.Failed e) {
            BackupFiles.deleteTree(folder);
            throw new BusinessRuleException("backup.restore.checkFailed", backupFile.getFileName().toString(),
                    e.getMessage());
        } catch (IOException e) {
            BackupFiles.deleteTree(folder);
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
        BackupFiles.deleteTree(prepared.folder());
    }

    /** After a start that switched to a restored database: the audit row, written into that database. */
    public void recordSwitched(RestoreSwitch.Switched switched) {
        transactions.useTransaction(h -> audit.recordAnonymous(h, switched.confirmedBy().isBlank()
                        ? BackupRunner.SYSTEM_ACTOR : switched.confirmedBy(), BackupAuditAction.DATABASE_RESTORED,
                "backup_file", java.nio.file.Path.of(switched.backupFile()).getFileName(), null, "confirmed "
                        + switched.confirmedAt() + "; the replaced database is in " + switched.keptAside()));
    }
}
