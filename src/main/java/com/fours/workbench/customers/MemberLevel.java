package com.fours.workbench.customers;

/** The store's loyalty level; the cashier's discounts depend on it. */
public enum MemberLevel {
    NONE,
    SILVER,
    GOLD,
    PLATINUM
}
