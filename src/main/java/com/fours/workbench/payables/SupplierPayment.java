package com.fours.workbench.payables;

import java.time.Instant;
import java.time.LocalDate;

import com.fours.workbench.core.Money;
import com.fours.workbench.receivables.ReceiptMethod;

/** Money paid to a supplier, numbered FK000001...; {@code unapplied} is its credit not yet on an invoice. */
public record SupplierPayment(long id, String number, long supplierId, ReceiptMethod method, Money amount,
                              Money unapplied, String reference, LocalDate paidOn, String approvedBy,
                              String recordedBy, Instant recordedAt, int version) {

    static final String COLUMNS = "id, number, supplier_id, method, amount, unapplied, reference, paid_on, approved_by, "
            + "recorded_by, recorded_at, version";
}
