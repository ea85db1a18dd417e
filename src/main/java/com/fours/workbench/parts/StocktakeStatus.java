package com.fours.workbench.parts;

/**
 * Where a stocktake stands. Counting (or recounting the lines whose variance was too large) may be
 * paused and resumed; a counted stocktake is approved by the manager and then posted, after which it
 * is closed and never changes again.
 */
public enum StocktakeStatus {
    COUNTING,
    PAUSED,
    RECOUNTING,
    COUNTED,
    APPROVED,
    POSTED;

    /** Whether count entries are taken now. */
    public boolean takesCounts() {
        return this == COUNTING || this == RECOUNTING;
    }
}
