package com.fours.workbench.parts;

import java.math.BigDecimal;

import com.fours.workbench.core.Money;

/** A part as the parts list shows it: with its stock over all bins, its primary bin and its retail price. */
public record PartSummary(Part part, BigDecimal onHand, String primaryBin, Money retailPrice) {
}
