package com.fours.workbench.store;

import java.math.BigDecimal;

import com.fours.workbench.core.UnifiedSocialCreditCode;

/** The store as it prints on every document, and the rates every bill starts from. */
public record StoreProfile(String name, String address, String phone, UnifiedSocialCreditCode creditCode,
                           BigDecimal labourRate, BigDecimal vatRate, int version) {

    public static final BigDecimal DEFAULT_VAT_RATE = new BigDecimal("0.13");
}
