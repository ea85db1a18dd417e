package com.fours.workbench.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.store.StoreProfile;
import com.fours.workbench.store.StoreProfileService;

import net.sf.jasperreports.engine.JRParameter;

/**
 * The monthly management report (经营月报, {@code reports/dashboard_monthly.jrxml}): the dashboard of a
 * period printed in Chinese, as the store's other papers, with its charts drawn as images (decision
 * 0095). Reads through {@link DashboardService}, so only the service manager may print it.
 */
public final class DashboardPrints {

    public static final String MONTHLY = "dashboard_monthly";
    private static final int CHART_WIDTH = 523;
    private static final int CHART_HEIGHT = 230;

    private final DashboardService dashboards;
    private final ReportEngine engine;
    private final StoreProfileService stores;
    private final Clock clock;

    public DashboardPrints(DashboardService dashboards, ReportEngine engine, StoreProfileService stores, Clock clock) {
        this.dashboards = dashboards;
        this.engine = engine;
        this.stores = stores;
        this.clock = clock;
    }

    /** A line of the report: a figure with its comparisons, or a chart's image. */
    public record Row(String section, String sectionTitle, String h0, String h1, String h2, String h3, String h4,
                      String name, String c1, String c2, String c3, String c4, Object image) {
    }

    public RenderedReport monthly(LocalDate from, LocalDate to) {
        Dashboard dashboard = dashboards.read(from, to);
        Messages m = Messages.forLocale(Messages.CHINESE);
        Formats f = Formats.of(m.locale());
        StoreProfile store = stores.find().orElse(null);
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, m.locale());
        p.put("STORE_NAME", store == null ? "" : store.name());
        p.put("STORE_LINE", store == null ? "" : m.get("care.print.storeLine", store.address(), store.phone()));
        p.put("TITLE", m.get("dashboard.print.title"));
        p.put("PERIOD", m.get("dashboard.print.period", f.date(from), f.date(to)));
        p.put("COMPARED", m.get("dashboard.print.compared",
                DashboardCharts.seriesName("dashboard.series.previous", dashboard.previous().period(), m),
                DashboardCharts.seriesName("dashboard.series.lastYear", dashboard.lastYear().period(), m)));
        p.put("NOTE", m.get("dashboard.print.note"));
        p.put("PRINTED_AT", m.get("care.print.printedAt", f.dateTime(clock.instant(), clock.getZone())));
        List<Row> rows = new ArrayList<>();
        String table = m.get("dashboard.chart.figures");
        for (FigureRow r : DashboardCharts.rows(dashboard, m)) {
            rows.add(new Row(DashboardCharts.FIGURES, table, m.get("dashboard.col.figure"),
                    m.get("dashboard.col.current"), m.get("dashboard.col.previous"), m.get("dashboard.col.lastYear"),
                    m.get("dashboard.col.change"), r.label(), r.unit().format(r.current(), f, m),
                    r.previous() == null && r.current() != null && r.id().equals("stockValue") ? "—"
                            : r.unit().format(r.previous(), f, m),
                    r.lastYear() == null && r.id().equals("stockValue") ? "—" : r.unit().format(r.lastYear(), f, m),
                    r.change() == null ? "—" : f.percent(r.change()), null));
        }
        for (DashboardChart chart : DashboardCharts.charts(dashboard, m)) {
            if (chart.kind() != DashboardChart.ChartKind.TABLE) {
                rows.add(new Row(chart.id(), chart.title() + " (" + m.get(chart.unit().key()) + ")",
                        null, null, null, null, null, null, null, null, null, null,
                        ChartImage.png(chart, CHART_WIDTH, CHART_HEIGHT)));
            }
        }
        return engine.render(MONTHLY, p.get("TITLE") + " " + p.get("PERIOD"), p, rows);
    }
}
