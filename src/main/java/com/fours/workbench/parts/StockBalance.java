package com.fours.workbench.parts;

import java.math.BigDecimal;

/** On hand of one part in one bin, as kept by the ledger. */
public record StockBalance(long partId, long binId, String binCode, BigDecimal onHand) {
}
