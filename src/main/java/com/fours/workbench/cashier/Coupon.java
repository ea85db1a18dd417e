package com.fours.workbench.cashier;

import java.time.Instant;
import java.time.LocalDate;

import com.fours.workbench.core.Money;

/** A coupon: a value in yuan or a percent off, valid from one day to another, used on one bill only. */
public record Coupon(long id, String code, CouponKind kind, Money amount, LocalDate validFrom, LocalDate validUntil,
                     String description, Long usedBillId, Instant usedAt) {

    public boolean used() {
        return usedBillId != null;
    }
}
