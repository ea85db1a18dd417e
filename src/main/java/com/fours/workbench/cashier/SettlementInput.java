package com.fours.workbench.cashier;

/**
 * What the cashier chooses when settling an order, as typed: whether the member discount applies,
 * a coupon code, a manual discount (yuan) with its reason, and the claims of the other payers (the
 * maker's warranty claim reference; the insurer, its claim number and the customer's excess).
 * Empty text is "none".
 */
public record SettlementInput(boolean memberDiscount, String couponCode, String manualDiscount, String manualReason,
                              String warrantyMaker, String warrantyClaim, String insurer, String insuranceClaim,
                              String excess) {

    public static final String COUPON = "couponCode";
    public static final String MANUAL_DISCOUNT = "manualDiscount";
    public static final String MANUAL_REASON = "manualReason";
    public static final String WARRANTY_MAKER = "warrantyMaker";
    public static final String WARRANTY_CLAIM = "warrantyClaim";
    public static final String INSURER = "insurer";
    public static final String INSURANCE_CLAIM = "insuranceClaim";
    public static final String EXCESS = "excess";

    /** No discount, no claims: the customer pays what the order says. */
    public static SettlementInput plain() {
        return new SettlementInput(false, "", "", "", "", "", "", "", "");
    }

    public SettlementInput withMemberDiscount(boolean apply) {
        return new SettlementInput(apply, couponCode, manualDiscount, manualReason, warrantyMaker, warrantyClaim, insurer,
                insuranceClaim, excess);
    }

    public SettlementInput withCoupon(String code) {
        return new SettlementInput(memberDiscount, code, manualDiscount, manualReason, warrantyMaker, warrantyClaim,
                insurer, insuranceClaim, excess);
    }

    public SettlementInput withManualDiscount(String amount, String reason) {
        return new SettlementInput(memberDiscount, couponCode, amount, reason, warrantyMaker, warrantyClaim, insurer,
                insuranceClaim, excess);
    }

    public SettlementInput withWarranty(String maker, String claim) {
        return new SettlementInput(memberDiscount, couponCode, manualDiscount, manualReason, maker, claim, insurer,
                insuranceClaim, excess);
    }

    public SettlementInput withInsurance(String insurerName, String claim, String customerExcess) {
        return new SettlementInput(memberDiscount, couponCode, manualDiscount, manualReason, warrantyMaker, warrantyClaim,
                insurerName, claim, customerExcess);
    }
}
