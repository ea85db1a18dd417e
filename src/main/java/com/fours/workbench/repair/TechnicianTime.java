package com.fours.workbench.repair;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The minutes one technician worked on a line; {@link #hours()} in hours with 2 decimals. */
public record TechnicianTime(long lineId, long userId, String displayName, long minutes) {

    public BigDecimal hours() {
        return hoursOf(minutes);
    }

    static BigDecimal hoursOf(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
