package com.fours.workbench.cashier;

import com.fours.workbench.core.Money;

/** A discount given on a bill: member level, coupon or manual (with its reason and who confirmed it). */
public record BillDiscount(DiscountKind kind, Money amount, String couponCode, String reason, String givenBy,
                           String approvedBy) {
}
