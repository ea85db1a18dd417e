package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.util.List;

/** A posted delivery, with the lines whose price differed from the order (for the buyer to query). */
public record Receipt(long id, Long orderId, PurchaseOrderStatus orderStatus, List<PriceDifference> priceDifferences) {

    public Receipt {
        priceDifferences = List.copyOf(priceDifferences);
    }

    public record PriceDifference(String partNumber, BigDecimal orderedPrice, BigDecimal receivedPrice) {
    }
}
