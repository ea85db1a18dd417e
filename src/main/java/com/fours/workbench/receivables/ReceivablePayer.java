package com.fours.workbench.receivables;

import com.fours.workbench.repair.Payer;

/**
 * Who owes the store: an account customer ({@code kind} CUSTOMER, {@code customerId} set), a maker
 * for warranty or an insurer, by the name on its bills. Bills are due {@code paymentDays} after.
 */
public record ReceivablePayer(long id, String payerKey, Payer kind, Long customerId, String name, int paymentDays) {

    static final String COLUMNS = "id, payer_key, kind, customer_id, name, payment_days";

    /** The one spelling of a payer's identity. */
    public static String key(Payer kind, long customerId, String name) {
        return kind == Payer.CUSTOMER ? "CUSTOMER:" + customerId : kind.name() + ":" + name;
    }
}
