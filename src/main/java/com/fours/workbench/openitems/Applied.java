package com.fours.workbench.openitems;

import java.math.BigDecimal;

/** A checked amount of a receipt or payment applied to one open item; a row of its allocations. */
public record Applied(long itemId, BigDecimal amount) {
}
