package com.fours.workbench.parts;

import java.math.BigDecimal;

/** What a scan or a typed count did: the line it counted, how much it added, and whether it was a recount. */
public record StocktakeScan(StocktakeLine line, BigDecimal added, boolean recount) {

    /** The count of the line in the current round, after this entry. */
    public BigDecimal countNow() {
        return recount ? line.recountQuantity() : line.countedQuantity();
    }
}
