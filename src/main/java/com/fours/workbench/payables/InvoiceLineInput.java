package com.fours.workbench.payables;

/** A line as typed: the receipt line it covers, the quantity and the unit price on the supplier's invoice. */
public record InvoiceLineInput(long receiptLineId, String quantity, String unitPrice) {
}
