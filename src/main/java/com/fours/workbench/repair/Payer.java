package com.fours.workbench.repair;

/** Who pays a line: the customer, the maker under warranty, an insurer, or the store itself. */
public enum Payer {
    CUSTOMER,
    WARRANTY,
    INSURANCE,
    INTERNAL
}
