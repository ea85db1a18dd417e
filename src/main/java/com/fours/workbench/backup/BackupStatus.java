package com.fours.workbench.backup;

/** The outcome of a backup and its check. */
public enum BackupStatus {
    /** The copy opened, its migrations validated and every invariant held. */
    VERIFIED,
    /** A PostgreSQL dump whose archive reads, not restored for a check (the role may not create a scratch database). */
    READABLE,
    FAILED;

    /** A backup one can restore from. */
    public boolean good() {
        return this != FAILED;
    }
}
