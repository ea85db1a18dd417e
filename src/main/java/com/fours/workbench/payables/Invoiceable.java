package com.fours.workbench.payables;

import java.math.BigDecimal;
import java.time.Instant;

import com.fours.workbench.core.Money;
import com.fours.workbench.parts.PartUnit;

/** A receipt line of a supplier with what was ordered, received and already invoiced on it. */
public record Invoiceable(long receiptLineId, long receiptId, String deliveryNote, Instant receivedAt, String orderNumber,
                          long partId, String partNumber, String partName, PartUnit unit,
                          BigDecimal orderedQuantity,
                          Money orderedPrice, BigDecimal receivedQuantity, Money receivedPrice,
                          BigDecimal invoicedQuantity) {

    public BigDecimal left() {
        return receivedQuantity.subtract(invoicedQuantity).max(BigDecimal.ZERO);
    }
}
