package com.fours.workbench.dashboard;

import java.math.BigDecimal;
import java.util.List;

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
}
