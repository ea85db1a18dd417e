package com.fours.workbench.cashier;

/** A coupon takes off a fixed value in yuan or a percent of the customer's bill. */
public enum CouponKind {
    VALUE,
    PERCENT
}
