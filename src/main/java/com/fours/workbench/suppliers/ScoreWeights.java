package com.fours.workbench.suppliers;

/**
 * How much each figure counts in a supplier's score (the store sets them; they need not add up to
 * 100), and the lead time assumed for an order placed without a valid agreement.
 */
public record ScoreWeights(int onTime, int fillRate, int price, int faultyReturns, int defaultLeadDays, int version) {

    public static final String ON_TIME = "onTime";
    public static final String FILL_RATE = "fillRate";
    public static final String PRICE = "price";
    public static final String RETURNS = "faultyReturns";
    public static final String DEFAULT_LEAD_DAYS = "defaultLeadDays";
}
