package com.fours.workbench.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of a chart as a table, what its Excel file holds: the categories down, one column per
 * series. A null value is "no data" (the chart draws no point there).
 */
public record ChartTable(String title, String categoryTitle, List<String> categories, List<Series> series) {

    public ChartTable {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** A series' values, one per category, null where there is no figure. */
    public record Series(String name, List<BigDecimal> values) {
    }
}
