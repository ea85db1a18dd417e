package com.fours.workbench.cashier;

/**
 * What the cashier types to close a day, as typed: the float the drawer started with (blank is
 * none), the cash counted in the drawer, and the reason when the count differs from the expected
 * cash. Field names are those of the refusals ({@link com.fours.workbench.core.InvalidFieldsException}).
 */
public record CashDayCount(String openingFloat, String countedCash, String reason) {

    public static final String OPENING_FLOAT = "openingFloat";
    public static final String COUNTED_CASH = "countedCash";
    public static final String REASON = "reason";
}
