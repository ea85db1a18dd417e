package com.fours.workbench.parts;

import java.math.BigDecimal;

import com.fours.workbench.core.Money;

/**
 * One line of a delivery. Against an order it names the order line (the part is the line's); without
 * an order it names the part. More than outstanding needs an over-receipt reason.
 */
public record ReceiptLineInput(Long orderLineId, Long partId, long binId, BigDecimal quantity, Money unitPrice,
                               String overReceiptReason) {

    public static ReceiptLineInput againstOrder(long orderLineId, long binId, BigDecimal quantity, Money unitPrice) {
        return new ReceiptLineInput(orderLineId, null, binId, quantity, unitPrice, null);
    }

    public static ReceiptLineInput withoutOrder(long partId, long binId, BigDecimal quantity, Money unitPrice) {
        return new ReceiptLineInput(null, partId, binId, quantity, unitPrice, null);
    }

    public ReceiptLineInput withOverReceiptReason(String reason) {
        return new ReceiptLineInput(orderLineId, partId, binId, quantity, unitPrice, reason);
    }
}
