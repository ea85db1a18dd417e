package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/** What the service manager judges the warehouse by: value, turnover, fill rate, dead stock, ABC classes. */
public final class FiguresService {

    /** Movements that take parts out to customers: their cost is the cost of parts issued. */
    private static final String OUT_TYPES = "'ISSUE_TO_REPAIR_ORDER', 'COUNTER_SALE', 'RETURN_FROM_REPAIR_ORDER', 'PARTS_SALE', 'PARTS_SALE_RETURN'";

    private final Transactions transactions;
    private final Session session;
    private final Clock clock;

    public FiguresService(Transactions transactions, Session session, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.clock = clock;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /**
     * Figures over the days {@code from} to {@code to} (both included). The stock value at a moment
     * is the ledger's value (each movement's quantity times its unit cost) up to it; the average
     * stock value of the period is the mean of its value at the start and at the end.
     */
    public StockFigures figures(LocalDate from, LocalDate to) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        if (to.isBefore(from)) {
            throw new BusinessRuleException("figures.periodReversed");
        }
        Instant start = startOf(from);
        Instant end = startOf(to.plusDays(1));
        return transactions.read(handle -> figures(handle, from, to, start, end));
    }

    /** The figures of the days {@code from} to {@code to}, [start, end) as moments, read in the caller's handle. */
    public static StockFigures figures(Handle handle, LocalDate from, LocalDate to, Instant start, Instant end) {
        return figures(handle, from, to, start, end, stockValue(handle));
    }

    /**
     * The same with the stock value of now already read in this handle: it is every part's, the same for
     * any period, so a reader of several periods (the dashboard's three) reads it once (decision 0124).
     */
    public static StockFigures figures(Handle handle, LocalDate from, LocalDate to, Instant start, Instant end,
                                       Money stockValue) {
        BigDecimal issued = handle.createQuery("SELECT COALESCE(SUM(-quantity * unit_cost), 0) FROM stock_movement "
                        + "WHERE movement_type IN (" + OUT_TYPES + ") AND moved_at >= :start AND moved_at < :end")
                .bind("start", start).bind("end", end).mapTo(BigDecimal.class).one();
        BigDecimal atStart = ledgerValue(handle, start);
        BigDecimal atEnd = ledgerValue(handle, end);
        BigDecimal average = atStart.add(atEnd).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        BigDecimal turnover = average.signum() == 0 ? BigDecimal.ZERO
                : issued.divide(average, 2, RoundingMode.HALF_UP);
        int requested = handle.createQuery("SELECT COUNT(*) FROM stock_reservation WHERE created_at >= :start AND created_at < :end")
                .bind("start", start).bind("end", end).mapTo(Integer.class).one();
        int fromStock = handle.createQuery("SELECT COUNT(*) FROM stock_reservation WHERE created_at >= :start "
                        + "AND created_at < :end AND served_from_stock = TRUE")
                .bind("start", start).bind("end", end).mapTo(Integer.class).one();
        BigDecimal fillRate = requested == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(fromStock * 100L).divide(BigDecimal.valueOf(requested), 1, RoundingMode.HALF_UP);
        return new StockFigures(from, to, stockValue, Money.of(issued), Money.of(average), turnover,
                requested, fromStock, fillRate);
    }

    /** Stocktake lines one clerk counted in [start, end) and how many showed a variance, read in the caller's handle. */
    public static CountTally countVariances(Handle handle, Instant start, Instant end, String clerk) {
        StocktakeDao.CountVariances v = handle.attach(StocktakeDao.class).countVariancesOf(start, end, clerk);
        return new CountTally(v.counted(), v.variances());
    }

    /** Lines counted and lines with a variance. */
    public record CountTally(int counted, int variances) {
    }

    /**
     * The ledger's value of the movements before a moment: the kept sums of the UTC days before its
     * day ({@code stock_value_day}, written by {@link StockLedger} with each movement) and the
     * movements of its own day up to it; the same sum as over every movement, read on a few thousand
     * rows and one day of the moved_at index (decision 0100).
     */
    static BigDecimal ledgerValue(Handle handle, Instant before) {
        LocalDate day = LocalDate.ofInstant(before, ZoneOffset.UTC);
        return handle.createQuery("""
                SELECT (SELECT COALESCE(SUM(ledger_value), 0) FROM stock_value_day WHERE value_day < :day)
                     + (SELECT COALESCE(SUM(quantity * unit_cost), 0) FROM stock_movement
                        WHERE moved_at >= :dayStart AND moved_at < :t)""")
                .bind("day", day).bind("dayStart", day.atStartOfDay(ZoneOffset.UTC).toInstant()).bind("t", before)
                .mapTo(BigDecimal.class).one();
    }

    /** On hand times moving average cost, rounded per part, summed. */
    public Money stockValue() {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        return transactions.read(FiguresService::stockValue);
    }

    public static Money stockValue(Handle handle) {
        List<BigDecimal> values = handle.createQuery("""
                SELECT SUM(s.on_hand) * p.average_cost FROM stock_balance s JOIN part p ON p.id = s.part_id
                GROUP BY p.id, p.average_cost
                """).mapTo(BigDecimal.class).list();
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            total = total.add(value.setScale(2, RoundingMode.HALF_UP));
        }
        return Money.of(total);
    }

    /** Parts in stock with no movement in the twelve months before today. */
    public List<DeadStockLine> deadStock() {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        Instant since = ZonedDateTime.now(clock).minusMonths(12).toInstant();
        return transactions.read(handle -> handle.createQuery("""
                SELECT p.id AS part_id, p.part_number, p.name_zh AS part_name, b.on_hand,
                       ROUND(b.on_hand * p.average_cost, 2) AS stock_value,
                       (SELECT MAX(m.moved_at) FROM stock_movement m WHERE m.part_id = p.id) AS last_movement
                FROM part p JOIN (SELECT part_id, SUM(on_hand) AS on_hand FROM stock_balance GROUP BY part_id) b
                  ON b.part_id = p.id
                WHERE b.on_hand > 0
                  AND NOT EXISTS (SELECT 1 FROM stock_movement m WHERE m.part_id = p.id AND m.moved_at >= :since)
                ORDER BY stock_value DESC, p.part_number
                """).bind("since", since).map(ConstructorMapper.of(DeadStockLine.class)).list());
    }

    /** ABC classes by the cost of parts issued over the period: A to 80% of the value, B to 95%, C the rest. */
    public List<AbcLine> abcClasses(LocalDate from, LocalDate to) {
        session.require(Permission.USE_PARTS_WAREHOUSE);
        Instant start = startOf(from);
        Instant end = startOf(to.plusDays(1));
        return transactions.read(handle -> abcClasses(handle, start, end));
    }

    /** The one definition of the ABC classes, also used to choose the parts of an A-class cycle count. */
    static List<AbcLine> abcClasses(Handle handle, Instant start, Instant end) {
        record Issued(long partId, String partNumber, String partName, BigDecimal issueValue) {
        }
        List<Issued> rows = handle.createQuery("""
                SELECT p.id AS part_id, p.part_number, p.name_zh AS part_name,
                       COALESCE(SUM(-m.quantity * m.unit_cost), 0) AS issue_value
                FROM part p LEFT JOIN stock_movement m ON m.part_id = p.id AND m.movement_type IN (""" + OUT_TYPES + """
                ) AND m.moved_at >= :start AND m.moved_at < :end
                GROUP BY p.id, p.part_number, p.name_zh
                ORDER BY issue_value DESC, p.part_number
                """).bind("start", start).bind("end", end).map(ConstructorMapper.of(Issued.class)).list();
        BigDecimal total = rows.stream().map(Issued::issueValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<AbcLine> lines = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (Issued row : rows) {
            BigDecimal before = total.signum() == 0 ? BigDecimal.valueOf(100)
                    : running.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
            running = running.add(row.issueValue());
            BigDecimal cumulative = total.signum() == 0 ? BigDecimal.valueOf(100)
                    : running.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
            // a part belongs to the class in which its value starts
            AbcClass abc = row.issueValue().signum() <= 0 ? AbcClass.C
                    : before.compareTo(BigDecimal.valueOf(80)) < 0 ? AbcClass.A
                    : before.compareTo(BigDecimal.valueOf(95)) < 0 ? AbcClass.B : AbcClass.C;
            lines.add(new AbcLine(row.partId(), row.partNumber(), row.partName(),
                    row.issueValue().setScale(2, RoundingMode.HALF_UP), cumulative, abc));
        }
        return lines;
    }
}
