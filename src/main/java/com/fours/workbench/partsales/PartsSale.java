package com.fours.workbench.partsales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fours.workbench.core.Money;

/**
 * A sales order (配件销售单) for a walk-in ({@code customerId} null) or a customer of the archive (a
 * trade customer gets its discount off the retail price). {@code billId} is its live bill, if billed;
 * {@code due} what is still to pay on it.
 */
public record PartsSale(long id, String number, Long customerId, String customerName, BigDecimal tradeDiscountPercent,
                        PartsSaleStatus status, String createdBy, Instant createdAt, String pickedBy, Instant pickedAt,
                        int version, List<PartsSaleLine> lines, Long billId, String billNumber, Money due) {

    public PartsSale {
        lines = List.copyOf(lines);
    }

    public Money total() {
        return Money.sum(lines.stream().map(PartsSaleLine::amount).toList());
    }

    public boolean walkIn() {
        return customerId == null;
    }

    public boolean billed() {
        return billId != null;
    }

    public boolean paid() {
        return billed() && !due.isPositive();
    }

    /** The order as stored, before its lines and bill are read. */
    record Header(long id, String number, Long customerId, String customerName, BigDecimal tradeDiscountPercent,
                  PartsSaleStatus status, String createdBy, Instant createdAt, String pickedBy, Instant pickedAt,
                  int version) {
        static final String COLUMNS = "id, number, customer_id, customer_name, trade_discount_percent, status, "
                + "created_by, created_at, picked_by, picked_at, version";
    }
}
