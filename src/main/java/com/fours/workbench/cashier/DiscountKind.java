package com.fours.workbench.cashier;

/** Where a discount on a bill comes from. */
public enum DiscountKind {
    MEMBER,
    COUPON,
    MANUAL
}
