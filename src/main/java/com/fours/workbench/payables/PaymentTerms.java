package com.fours.workbench.payables;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.jdbi.v3.core.Handle;

/**
 * The payment days a supplier's terms give on a day, when they give any: the purchase agreement
 * valid that day (suppliers/, plugged in by app/); otherwise the store's default days.
 */
@FunctionalInterface
public interface PaymentTerms {

    PaymentTerms NONE = (handle, supplierId, day) -> OptionalInt.empty();

    /** Read in the caller's transaction, beside the invoice it dates. */
    OptionalInt paymentDays(Handle handle, long supplierId, LocalDate day);
}
