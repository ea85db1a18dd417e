package com.fours.workbench.parts;

/**
 * A new stocktake as the clerk sets it up: the scope (with its bin range or category) and the
 * thresholds above which a line goes to a recount, as typed (blank for the defaults).
 */
public record StocktakeInput(StocktakeScope scope, String binFrom, String binTo, PartCategory category,
                             String thresholdQuantity, String thresholdValue) {

    public static final String SCOPE = "scope";
    public static final String BIN_FROM = "binFrom";
    public static final String BIN_TO = "binTo";
    public static final String CATEGORY = "category";
    public static final String THRESHOLD_QUANTITY = "thresholdQuantity";
    public static final String THRESHOLD_VALUE = "thresholdValue";

    public static StocktakeInput of(StocktakeScope scope) {
        return new StocktakeInput(scope, null, null, null, "", "");
    }

    public StocktakeInput withCategory(PartCategory chosen) {
        return new StocktakeInput(scope, binFrom, binTo, chosen, thresholdQuantity, thresholdValue);
    }
}
