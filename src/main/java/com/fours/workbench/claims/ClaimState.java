package com.fours.workbench.claims;

/** Where a claim stands: drafted, sent to the maker or insurer, decided (in full, in part, rejected), paid. */
public enum ClaimState {
    DRAFTED,
    SUBMITTED,
    APPROVED,
    PARTLY_APPROVED,
    REJECTED,
    PAID;

    /** Decided and still waiting for (the rest of) its money. */
    public boolean payable() {
        return this == APPROVED || this == PARTLY_APPROVED;
    }
}
