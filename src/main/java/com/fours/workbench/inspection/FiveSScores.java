package com.fours.workbench.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The 5S scores over time: per area and month, the mean of the inspections' totals. A month an area
 * was not inspected has no row (the screen says "no data", never 0).
 */
public final class FiveSScores {

    /** The longest period one read covers. */
    public static final int MAX_MONTHS = 60;

    private final Transactions transactions;
    private final Session session;

    public FiveSScores(Transactions transactions, Session session) {
        this.transactions = transactions;
        this.session = session;
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

    /** A row of the grouped read; the average as the database computes it, rounded by {@link #byMonth}. */
    public record Row(String area, int inspectionYear, int inspectionMonth, BigDecimal average, int inspections) {
    }
}
