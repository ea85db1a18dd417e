package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fours.workbench.core.Money;

/** A purchase order (采购订单) to one supplier. */
public record PurchaseOrder(long id, String orderNumber, long supplierId, String supplierName,
                            PurchaseOrderStatus status, String notes, String createdBy, Instant createdAt,
                            Instant sentAt, Instant closedAt, int version, List<PurchaseOrderLine> lines) {

    public PurchaseOrder {
        lines = List.copyOf(lines);
    }

    /** The sum of the rounded line amounts. */
    public Money total() {
        BigDecimal sum = BigDecimal.ZERO;
        for (PurchaseOrderLine line : lines) {
            sum = sum.add(line.amount());
        }
        return Money.of(sum);
    }
}
