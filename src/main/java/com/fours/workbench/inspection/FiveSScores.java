package com.fours.workbench.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.reporting.ChartTable;
import com.fours.workbench.reporting.ChartWorkbook;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The 5S scores over time: per area and month, the mean of the inspections' totals. A month an area
 * was not inspected has no row (the screen and the Excel file say "no data", never 0).
 */
public final class FiveSScores {

    /** The longest period one read covers. */
    public static final int MAX_MONTHS = 60;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;

    public FiveSScores(Transactions transactions, Session session, AuditTrail audit) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
    }

    /** The months {@code from} to {@code to}, both included, ordered by month then area. */
    public List<FiveSScoreMonth> byMonth(YearMonth from, YearMonth to) {
        session.require(Permission.USE_ENVIRONMENT);
        if (from == null || to == null || to.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new BusinessRuleException("fiveS.scores.period", MAX_MONTHS);
        }
        return transactions.read(handle -> handle.attach(FiveSDao.class)
                .scoresByMonth(from.atDay(1), to.plusMonths(1).atDay(1))).stream()
                .map(r -> new FiveSScoreMonth(FiveSArea.valueOf(r.area()),
                        YearMonth.of(r.inspectionYear(), r.inspectionMonth()),
                        r.average().setScale(1, RoundingMode.HALF_UP), r.inspections()))
                .sorted(Comparator.comparing(FiveSScoreMonth::month).thenComparing(FiveSScoreMonth::area))
                .toList();
    }

    /**
     * Writes the chart of the months {@code from} to {@code to} to an .xlsx, as the screen draws it
     * (the months down, a column per area inspected, "no data" where an area was not inspected), and
     * leaves an audit row. Returns the number of month rows written.
     */
    public int export(YearMonth from, YearMonth to, Path file, Messages m) {
        ChartTable chart = chart(from, to, byMonth(from, to), m);
        ChartWorkbook.save(chart, file, m);
        String name = AuditTrail.safeName(file.getFileName().toString(), 200);
        transactions.useTransaction(handle -> audit.record(handle, InspectionAuditAction.FIVE_S_SCORES_EXPORTED,
                "fiveSScores", from + ".." + to, null, "file=" + name + ", rows=" + chart.categories().size()));
        return chart.categories().size();
    }

    /**
     * The chart of {@code scores}: a month per category from {@code from} to {@code to}, a series per
     * area inspected in them, null (no point, "no data") in a month the area was not inspected.
     */
    public static ChartTable chart(YearMonth from, YearMonth to, List<FiveSScoreMonth> scores, Messages m) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        List<ChartTable.Series> series = new ArrayList<>();
        for (FiveSArea area : FiveSArea.values()) {
            Map<YearMonth, BigDecimal> byMonth = new LinkedHashMap<>();
            scores.stream().filter(s -> s.area() == area).forEach(s -> byMonth.put(s.month(), s.average()));
            if (!byMonth.isEmpty()) {
                series.add(new ChartTable.Series(m.of(area), months.stream().map(byMonth::get).toList()));
            }
        }
        return new ChartTable(m.get("fiveS.chart.title"), m.get("fiveS.chart.month"),
                months.stream().map(YearMonth::toString).toList(), series);
    }

    /** A row of the grouped read; the average as the database computes it, rounded by {@link #byMonth}. */
    public record Row(String area, int inspectionYear, int inspectionMonth, BigDecimal average, int inspections) {
    }
}
