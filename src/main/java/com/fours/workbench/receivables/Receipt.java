package com.fours.workbench.receivables;

import java.time.Instant;
import java.time.LocalDate;

import com.fours.workbench.core.Money;

/** Money a payer sent, numbered SK000001...; {@code unapplied} is its credit not yet on an open item. */
public record Receipt(long id, String number, long payerId, ReceiptMethod method, Money amount, Money unapplied,
                      String reference, LocalDate receivedOn, String recordedBy, Instant recordedAt, int version) {

    static final String COLUMNS = "id, number, payer_id, method, amount, unapplied, reference, received_on, recorded_by, "
            + "recorded_at, version";
}
