package com.fours.workbench.environment;

/** A row of the ledger: produced, handed over, or a correction of what was produced (signed). */
public enum WasteMovement {
    PRODUCED,
    TRANSFERRED,
    CORRECTION
}
