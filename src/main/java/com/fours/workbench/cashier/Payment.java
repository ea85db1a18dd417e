package com.fours.workbench.cashier;

import java.time.Instant;
import java.time.LocalDate;

import com.fours.workbench.core.Money;

/**
 * Money taken for a bill ({@code amount > 0}) or given back (a refund, {@code amount < 0}) on a
 * business day. For cash, {@code tendered} is what the customer handed over and {@code change}
 * what they got back; {@code amount} is what stays with the store.
 */
public record Payment(long id, long billId, PaymentMethod method, Money amount, Money tendered, Money changeGiven,
                      String reference, String reason, LocalDate businessDay, String takenBy, Instant takenAt) {

    static final String COLUMNS = "id, bill_id, method, amount, tendered, change_given, reference, reason, business_day, "
            + "taken_by, taken_at";

    public boolean refund() {
        return amount.isNegative();
    }
}
