package com.fours.workbench.payables;

import java.math.BigDecimal;

import com.fours.workbench.core.Money;

/** One invoiced line beside what was ordered and received on the receipt line it covers. */
public record InvoiceLine(long id, long invoiceId, int lineNo, long receiptLineId, String partNumber, String partName,
                          BigDecimal quantity, Money unitPrice, Money amount, BigDecimal orderedQuantity,
                          Money orderedPrice, BigDecimal receivedQuantity, Money receivedPrice,
                          boolean quantityDiffers, boolean priceDiffers) {
}
