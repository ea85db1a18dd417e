package com.fours.workbench.receivables;

/** A receipt as typed: the method, the amount, the bank or cheque reference, the day (empty: today). */
public record ReceiptInput(ReceiptMethod method, String amount, String reference, String receivedOn) {

    public static final String METHOD = "receiptMethod";
    public static final String AMOUNT = "receiptAmount";
    public static final String REFERENCE = "receiptReference";
    public static final String RECEIVED_ON = "receiptDay";
    /** The amounts applied to open items, as a whole. */
    public static final String APPLIED = "receiptApplied";
}
