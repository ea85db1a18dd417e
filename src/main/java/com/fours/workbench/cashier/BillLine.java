package com.fours.workbench.cashier;

import java.math.BigDecimal;

import com.fours.workbench.core.Money;

/**
 * A line of a bill as the settlement list prints it. For labour the quantity is the hours and the
 * unit price the rate. {@code amount} is the line before discount (rounded half-up to the fen on
 * the repair order), {@code discount} the share of the bill's discounts spread onto it, and
 * {@code total = amount - discount}; the bill's total is the sum of the line totals.
 */
public record BillLine(int lineNo, Long repairLineId, BillLineKind kind, String code, String description,
                       String brandSpec, String unit, BigDecimal quantity, Money unitPrice, Money amount, Money discount,
                       Money total) {

    static final String COLUMNS = "line_no, repair_line_id, kind, code, description, brand_spec, unit, quantity, "
            + "unit_price, amount, discount, total";

    BillLine withDiscount(Money more) {
        Money d = discount.plus(more);
        return new BillLine(lineNo, repairLineId, kind, code, description, brandSpec, unit, quantity, unitPrice, amount,
                d, amount.minus(d));
    }

    BillLine negated() {
        return new BillLine(lineNo, repairLineId, kind, code, description, brandSpec, unit, quantity.negate(), unitPrice,
                amount.negate(), discount.negate(), total.negate());
    }
}
