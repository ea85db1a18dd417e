package com.fours.workbench.dashboard;

import static com.fours.workbench.testing.BenchmarkFigures.percentile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.home.HomeBenchmark;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.testing.BenchmarkFigures;
import com.fours.workbench.testing.MutableClock;

/**
 * The dashboard on the home benchmark's large store ({@link HomeBenchmark#generate}: ORDERS repair
 * orders, default 500,000, one every ten minutes over nine and a half years, nearly all handed back)
 * to which each handed-back order adds what the dashboard sums: a finished labour line with an hour
 * clocked on it, a bill (customer, warranty or insurer) with its labour line, and a QC release.
 * Prints p50/p95 of a month's dashboard (November 2026, with its previous month and last year's) and
 * a year's (2026 to date). Run by {@code bash bench/dashboard.sh}; not part of the test run.
 */
public final class DashboardBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DashboardBenchmark.class);

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchmarkFigures.options(args);
        int orders = Integer.parseInt(options.getOrDefault("orders", "500000"));
        int parts = Integer.parseInt(options.getOrDefault("parts", "20000"));
        int reads = Integer.parseInt(options.getOrDefault("reads", "30"));
        MutableClock clock = MutableClock.shanghai("2026-12-07T03:00:00Z");
        CashierFixture f = new CashierFixture(clock);
        AppServices services = f.services;
        long template = f.inProgressOrder(List.of(CashierFixture.labour(f.repair.alignment.id(), "1.2", null, Payer.CUSTOMER)));
        if (options.containsKey("home")) {
            com.fours.workbench.testing.TestWorkbench.addUser(services, "huangli", CashierFixture.PASSWORD,
                    com.fours.workbench.security.Role.CUSTOMER_SERVICE_AGENT);
        }
        long started = System.nanoTime();
        HomeBenchmark.generate(services, template, orders, parts);
        billAndClock(services, template);
        log.info("Generated {} repair orders with their bills, clocks and QC releases in {} s", orders,
                (System.nanoTime() - started) / 1e9);
        f.as("zhoujie");
        if (options.containsKey("profile")) {
            profile(services, reads);
        }
        Dashboard month = measure("month (2026-11, with 2026-10 and 2025-11)", reads, services,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 300);
        log.info("month: cars {}, revenue {}, efficiency {}%, first-time fix {}%, CSI {}", month.current().carCount(),
                month.current().revenue().total(), month.current().efficiency(), month.current().firstTimeFixRate(),
                month.current().csi());
        Dashboard year = measure("year (2026-01-01 to 2026-12-07, with 2025)", reads, services,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 7), 1500);
        log.info("year: cars {}, revenue {}", year.current().carCount(), year.current().revenue().total());
        if (options.containsKey("home")) {
            HomeBenchmark.measurePages(f, reads * 2);
        }
        log.info("system load average: {} on {} cores",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        services.close();
    }

    private static Dashboard measure(String name, int reads, AppServices services, LocalDate from, LocalDate to,
                                     int targetMs) {
        List<Double> times = new ArrayList<>();
        Dashboard dashboard = null;
        for (int i = 0; i < reads + 3; i++) {
            long t = System.nanoTime();
            dashboard = services.dashboard().read(from, to);
            if (i >= 3) {
                times.add((System.nanoTime() - t) / 1e6);
            }
        }
        log.info("{}: p50 {} ms, p95 {} ms ({} reads after 3 warm-up; target p95 <= {} ms)", name,
                tenths(percentile(times, 50)), tenths(percentile(times, 95)), reads, targetMs);
        return dashboard;
    }

    /** A labour line, an hour's clock, a bill with its line and a one-round QC release per handed-back order. */
    private static void billAndClock(AppServices services, long template) {
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO repair_line (repair_order_id, line_no, kind, operation_id, part_id, description, standard_hours,
                                         quantity, unit_price, amount, payer, category, status, approval_id, declined,
                                         added_at, added_by, done_at, done_by)
                SELECT o.id, l.line_no, l.kind, l.operation_id, l.part_id, l.description, l.standard_hours, l.quantity,
                       l.unit_price, l.amount, l.payer, l.category, 'DONE', NULL, FALSE, o.created_at, l.added_by,
                       DATEADD('HOUR', 3, o.created_at), 'zhangwei'
                FROM repair_order o CROSS JOIN repair_line l
                WHERE l.repair_order_id = ? AND o.status = 'DELIVERED'""", template));
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO job_clock (repair_line_id, user_id, started_at, stopped_at, stop_reason)
                SELECT l.id, (SELECT id FROM app_user WHERE username = 'zhangwei'), DATEADD('HOUR', 1, o.created_at),
                       DATEADD('MINUTE', 60 + MOD(l.id, 60), o.created_at), 'DONE'
                FROM repair_line l JOIN repair_order o ON o.id = l.repair_order_id WHERE o.status = 'DELIVERED'"""));
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO bill (number, invoice_year, sequence_no, kind, repair_order_id, customer_id, payer, payer_name,
                                  vat_rate, labour_amount, parts_amount, other_amount, discount_amount, total, net, tax,
                                  business_day, issued_by, issued_at)
                SELECT 'JB' || o.id, 1, o.id, 'BILL', o.id, o.customer_id,
                       CASE MOD(o.id, 10) WHEN 0 THEN 'WARRANTY' WHEN 1 THEN 'INSURANCE' ELSE 'CUSTOMER' END, '张伟',
                       0.06, 480.00, 200 + MOD(o.id, 300), 30.00, 0, 510.00 + MOD(o.id, 300), 510.00 + MOD(o.id, 300), 0,
                       CAST(DATEADD('HOUR', 5, o.created_at) AS DATE), 'chenjing', DATEADD('HOUR', 5, o.created_at)
                FROM repair_order o WHERE o.status = 'DELIVERED'"""));
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO bill_line (bill_id, line_no, repair_line_id, kind, description, quantity, unit_price, amount,
                                       discount, total)
                SELECT b.id, 1, l.id, 'LABOUR', l.description, l.quantity, 400.00, l.quantity * 400, 0, l.quantity * 400
                FROM bill b JOIN repair_line l ON l.repair_order_id = b.repair_order_id"""));
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO qc_signature (repair_order_id, round_no, level, passed, user_id, username, signed_as, signed_at)
                SELECT o.id, 1, 'FINAL', TRUE, u.id, u.username, 'QC_INSPECTOR', DATEADD('HOUR', 4, o.created_at)
                FROM repair_order o, app_user u WHERE o.status = 'DELIVERED' AND u.username = 'sunli'"""));
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO qc_release (repair_order_id, signature_id, rounds, exit_date, exit_mileage, guarantee_category,
                                        guarantee_days, guarantee_km, guarantee_until, guarantee_until_km)
                SELECT s.repair_order_id, s.id, 1 + CASEWHEN(MOD(s.id, 20) = 0, 1, 0), CAST(s.signed_at AS DATE), 32000,
                       'MINOR_REPAIR', 10, 2000, DATEADD('DAY', 10, CAST(s.signed_at AS DATE)), 34000
                FROM qc_signature s WHERE s.level = 'FINAL'"""));
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO stock_movement (part_id, bin_id, quantity, movement_type, unit_cost, repair_order_id, username,
                                            moved_at)
                SELECT (SELECT MIN(id) FROM part) + MOD(o.id, 1000), (SELECT MIN(id) FROM bin), -1, 'ISSUE_TO_REPAIR_ORDER',
                       40 + MOD(o.id, 50), o.id, 'zhaolei', DATEADD('HOUR', 2, o.created_at)
                FROM repair_order o WHERE o.status = 'DELIVERED'"""));
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO stock_movement (part_id, bin_id, quantity, movement_type, unit_cost, username, moved_at)
                SELECT (SELECT MIN(id) FROM part) + MOD(o.id, 1000), (SELECT MIN(id) FROM bin), 25, 'RECEIPT',
                       40 + MOD(o.id, 50), 'zhaolei', DATEADD('HOUR', 1, o.created_at)
                FROM repair_order o WHERE o.status = 'DELIVERED' AND MOD(o.id, 20) = 0"""));
        services.transactions().useTransaction(h -> {
            // the ledger's kept daily sums (V31), which StockLedger writes with each movement; absent before V31
            if (h.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'stock_value_day'")
                    .mapTo(Integer.class).one() > 0) {
                h.execute("DELETE FROM stock_value_day");
                h.execute("""
                        INSERT INTO stock_value_day (value_day, ledger_value)
                        SELECT CAST(moved_at AT TIME ZONE 'UTC' AS DATE), SUM(quantity * unit_cost)
                        FROM stock_movement GROUP BY CAST(moved_at AT TIME ZONE 'UTC' AS DATE)""");
            }
        });
        services.transactions().useTransaction(h -> h.execute("ANALYZE"));
    }

    /** Each query of one period's figures timed alone (median of {@code reads}), to see where a dashboard's time goes. */
    private static void profile(AppServices services, int reads) {
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        for (LocalDate[] p : new LocalDate[][] {{LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)},
                {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 7)}}) {
            LocalDate from = p[0];
            LocalDate to = p[1];
            java.time.Instant start = from.atStartOfDay(zone).toInstant();
            java.time.Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
            Map<String, java.util.function.Function<org.jdbi.v3.core.Handle, Object>> queries = new java.util.LinkedHashMap<>();
            queries.put("billSums", h -> h.attach(DashboardDao.class).billSums(from, to));
            queries.put("carsByDay", h -> h.attach(DashboardDao.class).carsByDay(from, to));
            queries.put("byPayer", h -> h.attach(DashboardDao.class).byPayer(from, to));
            queries.put("labour", h -> h.attach(DashboardDao.class).labour(from, to));
            queries.put("carsByKind", h -> h.attach(DashboardDao.class).carsByKind(from, to));
            queries.put("clocked", h -> h.attach(DashboardDao.class).clocked(start, end));
            queries.put("finished", h -> h.attach(DashboardDao.class).finished(start, end));
            queries.put("bookings", h -> com.fours.workbench.appointments.PeriodFigures.read(h, from, to));
            queries.put("available", h -> com.fours.workbench.appointments.PeriodFigures.availableHours(h, from, to));
            queries.put("fixRate", h -> com.fours.workbench.qc.FixRateFigures.store(h, start, end));
            queries.put("stock", h -> com.fours.workbench.parts.FiguresService.figures(h, from, to, start, end));
            queries.put("care", h -> com.fours.workbench.care.CareFiguresService.summary(h, start, end, end));
            for (Map.Entry<String, java.util.function.Function<org.jdbi.v3.core.Handle, Object>> q : queries.entrySet()) {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < Math.max(3, reads / 3) + 1; i++) {
                    long t = System.nanoTime();
                    services.transactions().read(q.getValue()::apply);
                    if (i > 0) {
                        times.add((System.nanoTime() - t) / 1e6);
                    }
                }
                log.info("profile {} to {} {}: median {} ms", from, to, q.getKey(), tenths(BenchmarkFigures.median(times)));
            }
        }
    }

    private static double tenths(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
