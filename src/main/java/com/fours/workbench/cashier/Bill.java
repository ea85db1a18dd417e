package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fours.workbench.core.Money;
import com.fours.workbench.repair.Payer;

/**
 * An issued bill (结算单) for one payer of a repair order, or the reversal of one. Written once, never
 * changed. Amounts include VAT; {@code net + tax = total}. {@code reversesBillId} is set on a
 * reversal; a bill is void when a reversal points at it.
 */
public record Bill(long id, String number, BillKind kind, long repairOrderId, long customerId, Payer payer,
                   String payerName, String claimReference, Money excess, BigDecimal vatRate, Money labourAmount,
                   Money partsAmount, Money otherAmount, Money discountAmount, Money total, Money net, Money tax,
                   LocalDate businessDay, String issuedBy, Instant issuedAt, Long reversesBillId, String reason,
                   String approvedBy) {

    static final String COLUMNS = "id, number, kind, repair_order_id, customer_id, payer, payer_name, claim_reference, "
            + "excess, vat_rate, labour_amount, parts_amount, other_amount, discount_amount, total, net, tax, business_day, "
            + "issued_by, issued_at, reverses_bill_id, reason, approved_by";

    public boolean reversal() {
        return kind == BillKind.REVERSAL;
    }
}
