package com.fours.workbench.parts;

import java.math.BigDecimal;

import com.fours.workbench.core.Money;

/** A line to order: which part, how many, at what price. */
public record OrderLineInput(long partId, BigDecimal quantity, Money unitPrice) {
}
