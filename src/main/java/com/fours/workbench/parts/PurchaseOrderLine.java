package com.fours.workbench.parts;

import java.math.BigDecimal;

import com.fours.workbench.core.Formats;

/** One line of a purchase order: what was ordered at which price, and how much of it has come. */
public record PurchaseOrderLine(long id, long orderId, int lineNo, long partId, String partNumber, String partName,
                                String partNameEn, PartUnit unit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal receivedQuantity) {

    /** The part's name as a screen in {@code formats}' language shows it. */
    public String name(Formats formats) {
        return formats.partName(partName, partNameEn);
    }

    public BigDecimal outstanding() {
        return quantity.subtract(receivedQuantity).max(BigDecimal.ZERO);
    }

    public BigDecimal amount() {
        return unitPrice.multiply(quantity).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
