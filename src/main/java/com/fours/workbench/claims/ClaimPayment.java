package com.fours.workbench.claims;

/** The maker's or insurer's remittance for a claim: amount, bank reference, day (empty: today). */
public record ClaimPayment(String amount, String reference, String day) {

    public static final String AMOUNT = "claimPaidAmount";
    public static final String REFERENCE = "claimPaidReference";
    public static final String DAY = "claimPaidDay";
}
