package com.fours.workbench.dashboard;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairCategory;

/**
 * The dashboard's charts and its table of figures, in the reader's language: one definition for the
 * screen, the Excel export and the printed report.
 */
public final class DashboardCharts {

    public static final String FIGURES = "figures";
    public static final String CARS = "cars";
    public static final String KINDS = "kinds";
    public static final String REVENUE = "revenue";
    public static final String PAYERS = "payers";
    public static final String WORKSHOP = "workshop";
    public static final String TECHNICIANS = "technicians";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private DashboardCharts() {
    }

    /** The period's name as a series: "本期 2026-12-01 – 2026-12-07". */
    public static String seriesName(String key, DashboardPeriod period, Messages m) {
        Formats f = Formats.of(m.locale());
        return m.get(key, f.date(period.from()), f.date(period.to()));
    }

    private static List<String> names(Dashboard d, Messages m) {
        return List.of(seriesName("dashboard.series.current", d.current().period(), m),
                seriesName("dashboard.series.previous", d.previous().period(), m),
                seriesName("dashboard.series.lastYear", d.lastYear().period(), m));
    }

    /** Every figure with its two comparisons, in the order of the table. */
    public static List<FigureRow> rows(Dashboard d, Messages m) {
        List<FigureRow> rows = new ArrayList<>();
        row(rows, d, m, "dashboard.figure.carCount", FigureUnit.COUNT, f -> BigDecimal.valueOf(f.carCount()));
        row(rows, d, m, "dashboard.figure.revenueTotal", FigureUnit.MONEY, f -> f.revenue().total().amount());
        row(rows, d, m, "dashboard.figure.revenueLabour", FigureUnit.MONEY, f -> f.revenue().labour().amount());
        row(rows, d, m, "dashboard.figure.revenueParts", FigureUnit.MONEY, f -> f.revenue().parts().amount());
        row(rows, d, m, "dashboard.figure.counterSales", FigureUnit.MONEY, f -> f.revenue().counterSales().amount());
        row(rows, d, m, "dashboard.figure.revenueOther", FigureUnit.MONEY, f -> f.revenue().other().amount());
        row(rows, d, m, "dashboard.figure.discount", FigureUnit.MONEY, f -> f.revenue().discount().amount());
        row(rows, d, m, "dashboard.figure.averageBill", FigureUnit.MONEY, DashboardFigures::averageBill);
        row(rows, d, m, "dashboard.figure.hoursSold", FigureUnit.HOURS, DashboardFigures::hoursSold);
        row(rows, d, m, "dashboard.figure.hoursPerOrder", FigureUnit.HOURS, DashboardFigures::hoursPerOrder);
        row(rows, d, m, "dashboard.figure.labourRate", FigureUnit.MONEY, DashboardFigures::effectiveLabourRate);
        row(rows, d, m, "dashboard.figure.availableHours", FigureUnit.HOURS, DashboardFigures::availableHours);
        row(rows, d, m, "dashboard.figure.clockedHours", FigureUnit.HOURS, DashboardFigures::clockedHours);
        row(rows, d, m, "dashboard.figure.productivity", FigureUnit.PERCENT, DashboardFigures::productivity);
        row(rows, d, m, "dashboard.figure.bookHours", FigureUnit.HOURS, DashboardFigures::bookHours);
        row(rows, d, m, "dashboard.figure.efficiency", FigureUnit.PERCENT, DashboardFigures::efficiency);
        row(rows, d, m, "dashboard.figure.firstTimeFix", FigureUnit.PERCENT, DashboardFigures::firstTimeFixRate);
        row(rows, d, m, "dashboard.figure.failedRounds", FigureUnit.COUNT, f -> BigDecimal.valueOf(f.fixRate().failedRounds()));
        row(rows, d, m, "dashboard.figure.comebacks", FigureUnit.COUNT, f -> BigDecimal.valueOf(f.comebacks()));
        row(rows, d, m, "dashboard.figure.bookings", FigureUnit.COUNT, f -> BigDecimal.valueOf(f.bookings()));
        row(rows, d, m, "dashboard.figure.showRate", FigureUnit.PERCENT, DashboardFigures::showRate);
        row(rows, d, m, "dashboard.figure.capacityUse", FigureUnit.PERCENT, DashboardFigures::capacityUse);
        row(rows, d, m, "dashboard.figure.turnover", FigureUnit.NUMBER, DashboardFigures::partsTurnover);
        row(rows, d, m, "dashboard.figure.fillRate", FigureUnit.PERCENT, DashboardFigures::fillRate);
        row(rows, d, m, "dashboard.figure.averageStock", FigureUnit.MONEY, f -> f.stock().averageStockValue().amount());
        rows.add(new FigureRow("stockValue", m.get("dashboard.figure.stockValue"), FigureUnit.MONEY,
                d.current().stock().stockValue().amount(), null, null));
        row(rows, d, m, "dashboard.figure.callbackRate", FigureUnit.PERCENT, DashboardFigures::callbackRate);
        row(rows, d, m, "dashboard.figure.csi", FigureUnit.NUMBER, DashboardFigures::csi);
        return rows;
    }

    private static void row(List<FigureRow> rows, Dashboard d, Messages m, String key, FigureUnit unit,
                            Function<DashboardFigures, BigDecimal> figure) {
        rows.add(new FigureRow(key.substring(key.lastIndexOf('.') + 1), m.get(key), unit, figure.apply(d.current()),
                figure.apply(d.previous()), figure.apply(d.lastYear())));
    }

    /** The table and the charts, in the order the screen and the report show them. */
    public static List<DashboardChart> charts(Dashboard d, Messages m) {
        List<String> names = names(d, m);
        List<DashboardChart> charts = new ArrayList<>();
        List<FigureRow> rows = rows(d, m);
        charts.add(new DashboardChart(FIGURES, m.get("dashboard.chart.figures"), DashboardChart.ChartKind.TABLE,
                FigureUnit.NUMBER, m.get("dashboard.col.figure"),
                rows.stream().map(r -> r.label() + " (" + m.get(r.unit().key()) + ")").toList(),
                List.of(new DashboardChart.Series(names.get(0), rows.stream().map(FigureRow::current).toList()),
                        new DashboardChart.Series(names.get(1), rows.stream().map(FigureRow::previous).toList()),
                        new DashboardChart.Series(names.get(2), rows.stream().map(FigureRow::lastYear).toList()))));
        DashboardFigures now = d.current();
        DateTimeFormatter dayFormat = now.period().byMonth() ? MONTH : DAY;
        charts.add(new DashboardChart(CARS, m.get(now.period().byMonth() ? "dashboard.chart.carsByMonth"
                : "dashboard.chart.carsByDay"), DashboardChart.ChartKind.LINE, FigureUnit.COUNT,
                m.get(now.period().byMonth() ? "dashboard.col.month" : "dashboard.col.day"),
                now.carsByDay().stream().map(c -> dayFormat.format(c.day())).toList(),
                List.of(new DashboardChart.Series(names.get(0),
                        now.carsByDay().stream().map(c -> BigDecimal.valueOf(c.cars())).toList()))));
        Set<RepairCategory> kinds = new LinkedHashSet<>();
        Set<Boolean> noLabour = new LinkedHashSet<>();
        for (DashboardFigures f : List.of(d.current(), d.previous(), d.lastYear())) {
            f.carsByKind().forEach(k -> {
                if (k.category() == null) {
                    noLabour.add(true);
                } else {
                    kinds.add(k.category());
                }
            });
        }
        List<RepairCategory> kindOrder = kinds.stream().sorted().collect(Collectors.toCollection(ArrayList::new));
        if (!noLabour.isEmpty()) {
            kindOrder.add(null);
        }
        charts.add(threePeriods(KINDS, m.get("dashboard.chart.kinds"), FigureUnit.COUNT, m.get("dashboard.col.kind"),
                kindOrder.stream().map(k -> k == null ? m.get("dashboard.kind.none") : m.of(k)).toList(), d, names,
                f -> kindOrder.stream().map(k -> f.carsByKind().stream().filter(c -> Objects.equals(c.category(), k))
                        .map(c -> BigDecimal.valueOf(c.cars())).findFirst().orElse(BigDecimal.ZERO)).toList()));
        charts.add(threePeriods(REVENUE, m.get("dashboard.chart.revenue"), FigureUnit.MONEY, m.get("dashboard.col.revenue"),
                List.of(m.get("dashboard.figure.revenueLabour"), m.get("dashboard.figure.revenueParts"),
                        m.get("dashboard.figure.revenueOther"), m.get("dashboard.figure.discount")), d, names,
                f -> List.of(f.revenue().labour().amount(), f.revenue().parts().amount(), f.revenue().other().amount(),
                        f.revenue().discount().amount())));
        List<Payer> payers = new ArrayList<>();
        for (Payer p : Payer.values()) {
            if (List.of(d.current(), d.previous(), d.lastYear()).stream()
                    .anyMatch(f -> f.revenueByPayer().stream().anyMatch(a -> a.payer() == p)) || p == Payer.CUSTOMER) {
                payers.add(p);
            }
        }
        charts.add(threePeriods(PAYERS, m.get("dashboard.chart.payers"), FigureUnit.MONEY, m.get("dashboard.col.payer"),
                payers.stream().map(m::of).toList(), d, names, f -> {
                    Map<Payer, Money> amounts = f.revenueByPayer().stream().collect(Collectors.toMap(
                            DashboardFigures.PayerAmount::payer, DashboardFigures.PayerAmount::amount));
                    return payers.stream().map(p -> amounts.getOrDefault(p, Money.ZERO).amount()).toList();
                }));
        List<String> rates = List.of("dashboard.figure.productivity", "dashboard.figure.efficiency",
                "dashboard.figure.firstTimeFix", "dashboard.figure.showRate", "dashboard.figure.capacityUse",
                "dashboard.figure.fillRate", "dashboard.figure.callbackRate");
        List<Function<DashboardFigures, BigDecimal>> rateOf = List.of(DashboardFigures::productivity,
                DashboardFigures::efficiency, DashboardFigures::firstTimeFixRate, DashboardFigures::showRate,
                DashboardFigures::capacityUse, DashboardFigures::fillRate, DashboardFigures::callbackRate);
        charts.add(threePeriods(WORKSHOP, m.get("dashboard.chart.workshop"), FigureUnit.PERCENT, m.get("dashboard.col.figure"),
                rates.stream().map(m::get).toList(), d, names,
                f -> rateOf.stream().map(r -> r.apply(f)).toList()));
        List<TechnicianFigures> people = now.technicians();
        charts.add(new DashboardChart(TECHNICIANS, m.get("dashboard.chart.technicians"), DashboardChart.ChartKind.BAR,
                FigureUnit.HOURS, m.get("dashboard.col.technician"), people.stream().map(TechnicianFigures::name).toList(),
                List.of(new DashboardChart.Series(m.get("dashboard.figure.availableHours"),
                                people.stream().map(TechnicianFigures::available).toList()),
                        new DashboardChart.Series(m.get("dashboard.figure.clockedHours"),
                                people.stream().map(TechnicianFigures::clocked).toList()),
                        new DashboardChart.Series(m.get("dashboard.figure.bookHours"),
                                people.stream().map(TechnicianFigures::book).toList()))));
        return charts;
    }

    private static DashboardChart threePeriods(String id, String title, FigureUnit unit, String categoryTitle,
                                               List<String> categories, Dashboard d, List<String> names,
                                               Function<DashboardFigures, List<BigDecimal>> values) {
        return new DashboardChart(id, title, DashboardChart.ChartKind.BAR, unit, categoryTitle, categories,
                List.of(new DashboardChart.Series(names.get(0), values.apply(d.current())),
                        new DashboardChart.Series(names.get(1), values.apply(d.previous())),
                        new DashboardChart.Series(names.get(2), values.apply(d.lastYear()))));
    }
}
