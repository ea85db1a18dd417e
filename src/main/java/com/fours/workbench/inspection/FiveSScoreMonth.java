package com.fours.workbench.inspection;

import java.math.BigDecimal;
import java.time.YearMonth;

/** An area's 5S score in a month: the mean of its inspections' totals (percent, one decimal). */
public record FiveSScoreMonth(FiveSArea area, YearMonth month, BigDecimal average, int inspections) {
}
