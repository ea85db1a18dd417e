package com.fours.workbench.payables;

import com.fours.workbench.receivables.ReceiptMethod;

/** A payment as typed: transfer, cheque or cash (the ways money moves for receipts too), amount, reference, day. */
public record PaymentInput(ReceiptMethod method, String amount, String reference, String paidOn) {

    public static final String METHOD = "paymentMethod";
    public static final String AMOUNT = "paymentAmount";
    public static final String REFERENCE = "paymentReference";
    public static final String PAID_ON = "paymentDay";
    public static final String APPLIED = "paymentApplied";
}
