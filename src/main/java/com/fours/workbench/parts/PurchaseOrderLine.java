package com.fours.workbench.parts;

import java.math.BigDecimal;

/** One line of a purchase order: what was ordered at which price, and how much of it has come. */
public record PurchaseOrderLine(long id, long orderId, int lineNo, long partId, String partNumber, String partName,
                                PartUnit unit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal receivedQuantity) {

    public BigDecimal outstanding() {
        return quantity.subtract(receivedQuantity).max(BigDecimal.ZERO);
    }

    public BigDecimal amount() {
        return unitPrice.multiply(quantity).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
