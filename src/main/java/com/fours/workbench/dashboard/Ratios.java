package com.fours.workbench.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The dashboard's divisions: a figure with nothing to divide by is "no data" (null), never 0% or an error. */
final class Ratios {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {
    }

    /** {@code part / whole} in percent with one decimal; null when the whole is zero or missing. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(int part, int whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** {@code amount / count} with {@code scale} decimals; null when the count is zero. */
    static BigDecimal per(BigDecimal amount, BigDecimal count, int scale) {
        if (amount == null || count == null || count.signum() == 0) {
            return null;
        }
        return amount.divide(count, scale, RoundingMode.HALF_UP);
    }
}
