package com.fours.workbench.parts;

/** A part as typed into the form (or read from a catalog file), before it is checked. */
public record PartInput(String partNumber, String nameZh, String nameEn, String brand, String specification,
                        PartUnit unit, PartCategory category, String barcodes, String reorderPoint,
                        String reorderQuantity, PricePolicy pricePolicy, String listPrice, boolean active) {

    public static final String PART_NUMBER = "partNumber";
    public static final String NAME_ZH = "nameZh";
    public static final String NAME_EN = "nameEn";
    public static final String BRAND = "brand";
    public static final String SPECIFICATION = "specification";
    public static final String UNIT = "unit";
    public static final String CATEGORY = "category";
    public static final String BARCODES = "barcodes";
    public static final String REORDER_POINT = "reorderPoint";
    public static final String REORDER_QUANTITY = "reorderQuantity";
    public static final String LIST_PRICE = "listPrice";

    public static PartInput of(Part p) {
        return new PartInput(p.partNumber(), p.nameZh(), p.nameEn(), p.brand(), p.specification(), p.unit(),
                p.category(), String.join(" ", p.barcodes()), Quantity.display(p.reorderPoint()),
                Quantity.display(p.reorderQuantity()), p.pricePolicy(),
                p.listPrice() == null ? "" : p.listPrice().amount().toPlainString(), p.active());
    }
}
