package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

/**
 * What a supplier's purchase agreement says about an order: the agreed price of a part, and the
 * warnings an order raises (agreement expired, price above the agreed one). The suppliers feature
 * answers it; app/ plugs it into purchasing, which may not import that feature (decision 0111).
 */
public interface PurchaseTerms {

    /** No agreements: no agreed prices, no warnings. */
    PurchaseTerms NONE = new PurchaseTerms() {
        @Override
        public Optional<BigDecimal> agreedPrice(Handle handle, long supplierId, long partId, LocalDate onDate) {
            return Optional.empty();
        }

        @Override
        public List<OrderWarning> warnings(Handle handle, long supplierId, List<OrderLineInput> lines, LocalDate onDate) {
            return List.of();
        }
    };

    Optional<BigDecimal> agreedPrice(Handle handle, long supplierId, long partId, LocalDate onDate);

    /** The warnings of an order placed on the day; each names its line (0-based) or none (the whole order). */
    List<OrderWarning> warnings(Handle handle, long supplierId, List<OrderLineInput> lines, LocalDate onDate);
}
