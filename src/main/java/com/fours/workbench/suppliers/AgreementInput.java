package com.fours.workbench.suppliers;

import java.util.List;

/**
 * An agreement as typed: the number, the days as written, the terms as typed, and its prices (part
 * number and price as typed). Each field is checked and refused next to itself.
 */
public record AgreementInput(long supplierId, String number, String validFrom, String validTo, String paymentDays,
                             String leadDays, String notes, List<PriceInput> prices) {

    public static final String NUMBER = "number";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";
    public static final String PAYMENT_DAYS = "paymentDays";
    public static final String LEAD_DAYS = "leadDays";
    public static final String PRICE = "price";

    public AgreementInput {
        prices = prices == null ? List.of() : List.copyOf(prices);
    }

    /** A part and its agreed price, as typed. */
    public record PriceInput(long partId, String unitPrice) {
    }
}
