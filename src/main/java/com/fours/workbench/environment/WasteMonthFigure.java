package com.fours.workbench.environment;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Waste of a kind produced in a month, and per 100 cars received that month (null with no cars). */
public record WasteMonthFigure(YearMonth month, long kindId, String kindName, WasteUnit unit, BigDecimal produced,
                               int cars, BigDecimal per100Cars) {
}
