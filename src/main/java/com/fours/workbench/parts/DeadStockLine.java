package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;

/** A part in stock that has not moved for twelve months (or never moved since it arrived). */
public record DeadStockLine(long partId, String partNumber, String partName, BigDecimal onHand, BigDecimal stockValue,
                            Instant lastMovement) {
}
