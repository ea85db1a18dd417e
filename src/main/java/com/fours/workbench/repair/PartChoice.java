package com.fours.workbench.repair;

import java.math.BigDecimal;

import com.fours.workbench.core.Money;

/** A part the advisor may put on a plan: its number, name, what is on hand and its retail price. */
public record PartChoice(long id, String partNumber, String name, BigDecimal onHand, Money price) {
}
