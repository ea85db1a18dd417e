package com.fours.workbench.qc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The first-time-fix rate (一次修复率) of a technician or a work group over a period: orders whose
 * final check passed in the period, how many of them passed all three levels in the first round,
 * and the failed rounds (internal comebacks) on their orders in the period.
 */
public record FixRate(String name, boolean workGroup, int finished, int firstTime, int failedRounds) {

    /** First-time fixes per finished order, in percent with one decimal; null when nothing finished. */
    public BigDecimal percent() {
        if (finished == 0) {
            return null;
        }
        return BigDecimal.valueOf(firstTime * 100L).divide(BigDecimal.valueOf(finished), 1, RoundingMode.HALF_UP);
    }
}
