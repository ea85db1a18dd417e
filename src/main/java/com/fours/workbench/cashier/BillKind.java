package com.fours.workbench.cashier;

/** A bill as issued, or the reversal (红字) document that voids one. */
public enum BillKind {
    BILL,
    REVERSAL
}
