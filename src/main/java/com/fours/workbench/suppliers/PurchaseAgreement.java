package com.fours.workbench.suppliers;

import java.time.LocalDate;
import java.util.List;

/**
 * A purchase agreement (采购协议) with one supplier: valid from-to (both days included), payment
 * terms in days after the invoice, a delivery lead time in days, and the agreed price per part.
 */
public record PurchaseAgreement(long id, String agreementNumber, long supplierId, String supplierName,
                                LocalDate validFrom, LocalDate validTo, int paymentDays, int leadDays, String notes,
                                int version, List<AgreedPrice> prices) {

    public PurchaseAgreement {
        prices = List.copyOf(prices);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** Days left until the end (0 on its last day, negative once expired). */
    public long daysLeft(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, validTo);
    }
}
