package com.fours.workbench.payables;

import java.util.OptionalInt;

/**
 * The payment days a supplier's terms give, when they give any. Purchase agreements (issue 19,
 * another part) plug in here through app/; until then every supplier has the store's default days.
 */
@FunctionalInterface
public interface PaymentTerms {

    PaymentTerms NONE = supplierId -> OptionalInt.empty();

    OptionalInt paymentDays(long supplierId);
}
