package com.fours.workbench.backup;

/** Where a backup went wrong; the run keeps the technical detail beside it. */
public enum BackupFailure {
    /** The file could not be written (folder missing, disk full, no right to write). */
    WRITE,
    /** The copy did not open, or its migrations differ from this workbench's. */
    OPEN,
    /** The copy opened but an invariant is broken (stock against its ledger, number sequences). */
    INVARIANT,
    /** PostgreSQL's pg_dump or pg_restore is missing or failed. */
    TOOL
}
