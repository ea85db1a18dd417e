package com.fours.workbench.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The dashboard's sums, each one query on an index of the moment or day it counts by (V30). A bill
 * counts when it was issued in the period and has not been reversed; a reversal counts nowhere.
 */
@RegisterConstructorMapper(DashboardDao.BillSums.class)
@RegisterConstructorMapper(DashboardDao.Clocked.class)
interface DashboardDao {

    /**
     * Bills of the days [:from, :to] that stand: issued, not a reversal, not reversed since. A parts
     * sale's bills (no repair order, decision 0109) count as parts revenue, its returns' credit bills
     * (negative) too; neither is a car.
     */
    String STANDING = " " + """
            b.business_day >= :from AND b.business_day <= :to AND b.kind IN ('BILL', 'CREDIT')
            AND NOT EXISTS (SELECT 1 FROM bill r WHERE r.reverses_bill_id = b.id)""";

    /**
     * The seconds clocked by a group of clocks (clock c), on H2 and PostgreSQL alike: the intervals
     * summed, then one EXTRACT of the sum (exact: both sum whole microseconds). Not an EXTRACT of each
     * clock's two moments, which H2 works out in BigDecimal per row and cost most of a year's dashboard
     * (decision 0117).
     */
    String SECONDS_C = "EXTRACT(EPOCH FROM SUM(c.stopped_at - c.started_at))";

    record BillSums(int cars, BigDecimal labour, BigDecimal parts, BigDecimal other, BigDecimal discount,
                    BigDecimal total, BigDecimal counterSales) {
    }

    record Clocked(long userId, BigDecimal seconds) {
    }

    record Finished(long userId, BigDecimal seconds, BigDecimal book) {
    }

    /**
     * One day's standing bills: its cars, amounts and each payer's total (null: no bill of that
     * payer that day). The period's sums, days and payers in one pass over its bills (decision 0124).
     */
    record BillDay(LocalDate businessDay, int cars, BigDecimal labour, BigDecimal parts, BigDecimal other,
                   BigDecimal discount, BigDecimal total, BigDecimal counterSales, BigDecimal customer,
                   BigDecimal warranty, BigDecimal insurance, BigDecimal internal) {

        /** The payers' totals of the day, by {@link com.fours.workbench.repair.Payer} name; absent payers left out. */
        java.util.Map<String, BigDecimal> byPayer() {
            java.util.Map<String, BigDecimal> payers = new java.util.HashMap<>();
            for (com.fours.workbench.repair.Payer p : com.fours.workbench.repair.Payer.values()) {
                BigDecimal amount = switch (p) {
                    case CUSTOMER -> customer;
                    case WARRANTY -> warranty;
                    case INSURANCE -> insurance;
                    case INTERNAL -> internal;
                };
                if (amount != null) {
                    payers.put(p.name(), amount);
                }
            }
            return payers;
        }
    }

    /**
     * Read from the kept day sums (bill_day_sum, V45, decision 0128), not the bills: a day whose bills were
     * all voided keeps its rows at zero, so a day shows when it has a standing bill and a payer when it
     * has one of that payer's.
     */
    @SqlQuery("""
            SELECT s.business_day, SUM(s.cars) AS cars, SUM(s.labour_amount) AS labour, SUM(s.parts_amount) AS parts,
                   SUM(s.other_amount) AS other, SUM(s.discount_amount) AS discount, SUM(s.total) AS total,
                   SUM(CASE WHEN s.counter_sale THEN s.total ELSE 0 END) AS counter_sales,
                   CASE WHEN SUM(CASE WHEN s.payer = 'CUSTOMER' THEN s.bills ELSE 0 END) > 0
                        THEN SUM(CASE WHEN s.payer = 'CUSTOMER' THEN s.total ELSE 0 END) END AS customer,
                   CASE WHEN SUM(CASE WHEN s.payer = 'WARRANTY' THEN s.bills ELSE 0 END) > 0
                        THEN SUM(CASE WHEN s.payer = 'WARRANTY' THEN s.total ELSE 0 END) END AS warranty,
                   CASE WHEN SUM(CASE WHEN s.payer = 'INSURANCE' THEN s.bills ELSE 0 END) > 0
                        THEN SUM(CASE WHEN s.payer = 'INSURANCE' THEN s.total ELSE 0 END) END AS insurance,
                   CASE WHEN SUM(CASE WHEN s.payer = 'INTERNAL' THEN s.bills ELSE 0 END) > 0
                        THEN SUM(CASE WHEN s.payer = 'INTERNAL' THEN s.total ELSE 0 END) END AS internal
            FROM bill_day_sum s WHERE s.business_day >= :from AND s.business_day <= :to
            GROUP BY s.business_day HAVING SUM(s.bills) > 0 ORDER BY s.business_day""")
    @RegisterConstructorMapper(BillDay.class)
    List<BillDay> billDays(LocalDate from, LocalDate to);


    /**
     * Repair orders billed in the days [:from, :to]: not the sum of {@link #billDays}' cars, as an order
     * billed on two days (one payer's bill voided and issued again later) is one car. Over the kept rows of
     * each order's standing bills by day (bill_order_day, decision 0128).
     */
    @SqlQuery("""
            SELECT COUNT(DISTINCT o.repair_order_id) FROM bill_order_day o
            WHERE o.business_day >= :from AND o.business_day <= :to AND o.kind = '*' AND o.bills > 0""")
    int cars(LocalDate from, LocalDate to);

    String BILL_SUMS = """
            SELECT COUNT(DISTINCT b.repair_order_id) AS cars, COALESCE(SUM(b.labour_amount), 0) AS labour,
                   COALESCE(SUM(b.parts_amount), 0) AS parts, COALESCE(SUM(b.other_amount), 0) AS other,
                   COALESCE(SUM(b.discount_amount), 0) AS discount, COALESCE(SUM(b.total), 0) AS total,
                   COALESCE(SUM(CASE WHEN b.repair_order_id IS NULL THEN b.total END), 0) AS counter_sales
            FROM bill b WHERE """ + STANDING;

    /** The same sums over the orders one advisor (by username) received: the appraisal's. */
    @SqlQuery(BILL_SUMS + " AND EXISTS (SELECT 1 FROM repair_order o WHERE o.id = b.repair_order_id AND o.advisor = :advisor)")
    BillSums billSumsOfAdvisor(LocalDate from, LocalDate to, String advisor);

    /**
     * The labour lines billed, by the repair category of the line they bill (onRepairLine false: a
     * labour line billing no repair line, which counts in the hours but in no kind): the cars
     * (an order with two categories counts in each), the hours and the revenue after line discounts.
     * Hours sold and cars by kind in one pass over the period's labour lines (decision 0124), now over their
     * kept rows by order, day and kind (bill_order_day, decision 0128).
     */
    record LabourKind(String category, boolean onRepairLine, int cars, BigDecimal hours, BigDecimal revenue) {
    }

    @SqlQuery("""
            SELECT CASE WHEN o.kind IN ('#', '-') THEN NULL ELSE o.kind END AS category, o.kind <> '#' AS on_repair_line,
                   COUNT(DISTINCT CASE WHEN o.lines > 0 THEN o.repair_order_id END) AS cars, SUM(o.hours) AS hours,
                   SUM(o.revenue) AS revenue
            FROM bill_order_day o WHERE o.business_day >= :from AND o.business_day <= :to AND o.kind <> '*'
            GROUP BY o.kind HAVING SUM(o.lines) > 0""")
    @RegisterConstructorMapper(LabourKind.class)
    List<LabourKind> labourByKind(LocalDate from, LocalDate to);

    /**
     * Seconds each user clocked on jobs started in [start, end) and stopped since, on the started_at
     * index. No join to the users: H2 then read every clock of each user through the user_id index
     * (decision 0117); the names come from {@link #users}.
     */
    @SqlQuery("SELECT c.user_id, " + SECONDS_C + " AS seconds FROM job_clock c "
            + "WHERE c.started_at >= :start AND c.started_at < :end AND c.stopped_at IS NOT NULL GROUP BY c.user_id")
    List<Clocked> clocked(Instant start, Instant end);

    /** One stopped clock on a labour line, with the line's book hours. */
    record LineClock(long lineId, BigDecimal quantity, long userId, OffsetDateTime startedAt, OffsetDateTime stoppedAt) {
    }

    /**
     * Every stopped clock on the labour lines finished in [start, end), on the done_at index: the rows, not
     * their sums per line and user. H2 worked out an EXTRACT of each line's and user's interval sum in BigDecimal,
     * three quarters of the query (a month's 4,000 lines: 24 ms against 6 ms for the rows; decision 0131).
     */
    @SqlQuery("""
            SELECT l.id AS line_id, l.quantity, c.user_id, c.started_at, c.stopped_at
            FROM repair_line l JOIN job_clock c ON c.repair_line_id = l.id AND c.stopped_at IS NOT NULL
            WHERE l.done_at >= :start AND l.done_at < :end AND l.kind = 'LABOUR'""")
    @RegisterConstructorMapper(LineClock.class)
    List<LineClock> lineClocks(Instant start, Instant end);

    /**
     * For the labour lines finished in [start, end): each user's clocked seconds on them and the book
     * hours earned, a line's hours shared by clocked time among those who clocked on it. Time is summed in
     * whole microseconds, what both databases keep, so the seconds are exact; the shares are divided to
     * 16 digits (decision 0109) and the figure is rounded to hundredths of an hour after the sum.
     */
    default List<Finished> finished(Instant start, Instant end) {
        // each line's clocks by user, in microseconds
        Map<Long, Map<Long, long[]>> byLine = new HashMap<>();
        Map<Long, BigDecimal> quantities = new HashMap<>();
        for (LineClock c : lineClocks(start, end)) {
            long micros = ChronoUnit.MICROS.between(c.startedAt(), c.stoppedAt());
            byLine.computeIfAbsent(c.lineId(), l -> new HashMap<>()).computeIfAbsent(c.userId(), u -> new long[1])[0] += micros;
            quantities.putIfAbsent(c.lineId(), c.quantity());
        }
        Map<Long, BigDecimal[]> byUser = new TreeMap<>();
        byLine.forEach((line, users) -> {
            long total = users.values().stream().mapToLong(micros -> micros[0]).sum();
            if (total <= 0) {
                return;
            }
            users.forEach((user, micros) -> {
                BigDecimal[] sums = byUser.computeIfAbsent(user, u -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(BigDecimal.valueOf(micros[0], 6));
                sums[1] = sums[1].add(quantities.get(line).multiply(BigDecimal.valueOf(micros[0]))
                        .divide(BigDecimal.valueOf(total), MathContext.DECIMAL64));
            });
        });
        return byUser.entrySet().stream().map(e -> new Finished(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    record UserName(long userId, String username, String name) {
    }

    @SqlQuery("SELECT id AS user_id, username, display_name AS name FROM app_user WHERE id IN (<ids>)")
    @RegisterConstructorMapper(UserName.class)
    List<UserName> users(@BindList("ids") List<Long> ids);
}
