package com.fours.workbench.backup;

import com.fours.workbench.security.AuditAction;

public enum BackupAuditAction implements AuditAction {
    BACKUP_MADE,
    BACKUP_FAILED,
    BACKUPS_ROTATED,
    BACKUP_SETTINGS_CHANGED,
    RESTORE_PREPARED,
    RESTORE_CONFIRMED,
    RESTORE_CANCELLED,
    DATABASE_RESTORED
}
