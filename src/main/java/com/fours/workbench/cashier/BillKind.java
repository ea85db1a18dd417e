package com.fours.workbench.cashier;

/** A bill as issued, or the reversal (红字) document that voids one. */
public enum BillKind {
    BILL,
    REVERSAL,
    /** A return of sold parts (decision 0103): negated lines of a parts-sale bill, refunded on it. */
    CREDIT
}
