package com.fours.workbench.dashboard;

import java.math.BigDecimal;
import java.util.List;

import com.fours.workbench.reporting.ChartTable;

/**
 * One chart of the dashboard as data: what the screen draws, the Excel export writes and the
 * printed report draws as an image. A null value is "no data" (no bar, no point).
 */
public record DashboardChart(String id, String title, ChartKind kind, FigureUnit unit, String categoryTitle,
                             List<String> categories, List<Series> series) {

    public enum ChartKind {
        LINE,
        BAR,
        /** The table of every figure; a row's unit is in its name. */
        TABLE
    }

    public record Series(String name, List<BigDecimal> values) {
    }

    /** The figures as the Excel export writes them (decision 0132). */
    public ChartTable table() {
        return new ChartTable(title, categoryTitle, categories,
                series.stream().map(s -> new ChartTable.Series(s.name(), s.values())).toList());
    }

    /** A value axis of whole numbers: 0 to {@code upper} in steps of {@code step}, both whole. */
    public record CountAxis(long upper, long step) {

        public int divisions() {
            return (int) (upper / step);
        }
    }

    /**
     * The value axis of a chart of counts (cars, bookings): whole steps of 1, 2 or 5 times a power of
     * ten, about five of them, up to the first step at or over the largest value; never a fraction of a car.
     */
    public CountAxis countAxis() {
        double max = 0;
        for (Series s : series) {
            for (BigDecimal v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        long step = 1;
        double wanted = max / 5;
        for (long power = 1; step < wanted; power *= 10) {
            for (long m : new long[] {1, 2, 5}) {
                step = m * power;
                if (step >= wanted) {
                    break;
                }
            }
        }
        long upper = Math.max(step, (long) Math.ceil(max / step) * step);
        return new CountAxis(upper, step);
    }
}
