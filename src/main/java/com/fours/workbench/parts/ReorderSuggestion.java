package com.fours.workbench.parts;

import java.math.BigDecimal;

/**
 * A part to order: on hand less open reservations plus what is on order has fallen to the reorder
 * point; the suggestion orders up to reorder point plus reorder quantity.
 */
public record ReorderSuggestion(long partId, String partNumber, String partName, BigDecimal onHand,
                                BigDecimal reserved, BigDecimal onOrder, BigDecimal requested,
                                BigDecimal reorderPoint, BigDecimal suggestedQuantity, Long supplierId) {
}
