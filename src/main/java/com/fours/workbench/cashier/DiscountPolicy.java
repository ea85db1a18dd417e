package com.fours.workbench.cashier;

import java.math.BigDecimal;

import com.fours.workbench.customers.MemberLevel;

/** The store's discount for a member level: percent off labour and percent off parts. */
public record DiscountPolicy(MemberLevel memberLevel, BigDecimal labourPercent, BigDecimal partsPercent, int version) {
}
