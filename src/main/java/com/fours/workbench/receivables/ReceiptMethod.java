package com.fours.workbench.receivables;

/** How a payer's money reached the store after the bill. */
public enum ReceiptMethod {
    BANK_TRANSFER,
    CHEQUE,
    CASH;

    /** A transfer or a cheque carries the bank's or the cheque's number; cash need not. */
    public boolean needsReference() {
        return this != CASH;
    }
}
