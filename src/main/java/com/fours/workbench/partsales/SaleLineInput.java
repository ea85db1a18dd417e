package com.fours.workbench.partsales;

/**
 * A line as the clerk types it: the part, how many, and optionally a price per unit (tax included);
 * empty means the price the policy gives this customer.
 */
public record SaleLineInput(long partId, String quantity, String unitPrice) {

    public static SaleLineInput of(long partId, String quantity) {
        return new SaleLineInput(partId, quantity, "");
    }

    /** The field name of a line's quantity, under which a refusal shows. */
    public static String quantityField(int index) {
        return "line" + index + ".quantity";
    }

    public static String priceField(int index) {
        return "line" + index + ".unitPrice";
    }
}
