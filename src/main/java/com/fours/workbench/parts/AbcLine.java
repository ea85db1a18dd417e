package com.fours.workbench.parts;

import java.math.BigDecimal;

/** A part's issue value over a period, its share and its ABC class. */
public record AbcLine(long partId, String partNumber, String partName, BigDecimal issueValue,
                      BigDecimal cumulativePercent, AbcClass abcClass) {
}
