package com.fours.workbench.backup;

/** What started a backup. */
public enum BackupTrigger {
    MANUAL,
    DAILY,
    CASH_UP
}
