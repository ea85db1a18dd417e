package com.fours.workbench.payables;

/** Where a supplier's invoice stands: waiting for a manager to accept its differences, payable, or voided. */
public enum InvoiceStatus {
    AWAITING,
    ACCEPTED,
    VOIDED
}
