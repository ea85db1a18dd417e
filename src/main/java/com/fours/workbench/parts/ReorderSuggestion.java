package com.fours.workbench.parts;

import java.math.BigDecimal;

import com.fours.workbench.core.Formats;

/**
 * A part to order: on hand less open reservations plus what is on order has fallen to the reorder
 * point; the suggestion orders up to reorder point plus reorder quantity.
 */
public record ReorderSuggestion(long partId, String partNumber, String partName, String partNameEn, BigDecimal onHand,
                                BigDecimal reserved, BigDecimal onOrder, BigDecimal requested,
                                BigDecimal reorderPoint, BigDecimal suggestedQuantity, Long supplierId) {

    /** The part's name as a screen in {@code formats}' language shows it. */
    public String name(Formats formats) {
        return formats.partName(partName, partNameEn);
    }
}
