package com.fours.workbench.dashboard;

import java.math.BigDecimal;

/** One figure of the table: the period's, the period before's and last year's; null is "no data". */
public record FigureRow(String id, String label, FigureUnit unit, BigDecimal current, BigDecimal previous,
                        BigDecimal lastYear) {

    /** The change against the period before, in percent; null when either is missing or the earlier is 0. */
    public BigDecimal change() {
        if (current == null || previous == null) {
            return null;
        }
        return Ratios.percent(current.subtract(previous), previous.abs());
    }
}
