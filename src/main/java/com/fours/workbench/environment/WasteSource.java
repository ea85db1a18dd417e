package com.fours.workbench.environment;

/** Where a ledger row came from. */
public enum WasteSource {
    /** A finished repair line, by the store's rule for its labour operation or part. */
    RULE,
    /** An old part the customer left to the store. */
    OLD_PART,
    /** Entered by weight (rags, paint residue). */
    MANUAL,
    TRANSFER,
    CORRECTION
}
