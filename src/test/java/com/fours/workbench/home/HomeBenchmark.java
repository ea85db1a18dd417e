package com.fours.workbench.home;

import static com.fours.workbench.testing.BenchmarkFigures.percentile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.BenchmarkFigures;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * A home page per role on a large store: ORDERS repair orders (default 500,000; nearly all handed
 * back, the last 0.2% spread over the open states with a labour line each), CARS cars' worth of
 * intakes, PARTS parts (default 20,000) with reorder points, and a callback per handed-back order.
 * Prints p50/p95 of one home page per role. Run by {@code bash bench/home.sh}; not part of the test
 * run. H2 in memory; the rows are copies of the fixture's, written by set-based SQL.
 */
public final class HomeBenchmark {

    private static final Logger log = LoggerFactory.getLogger(HomeBenchmark.class);
    private static final String[] OPEN = {"RECEIVED", "PLANNED", "APPROVED", "IN_PROGRESS", "IN_QC",
            "READY_FOR_SETTLEMENT", "SETTLED"};

    private HomeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchmarkFigures.options(args);
        int orders = Integer.parseInt(options.getOrDefault("orders", "500000"));
        int parts = Integer.parseInt(options.getOrDefault("parts", "20000"));
        int reads = Integer.parseInt(options.getOrDefault("reads", "60"));
        MutableClock clock = MutableClock.shanghai("2026-12-07T03:00:00Z");
        CashierFixture f = new CashierFixture(clock);
        AppServices services = f.services;
        TestWorkbench.addUser(services, "huangli", CashierFixture.PASSWORD, Role.CUSTOMER_SERVICE_AGENT);
        long template = f.inProgressOrder(List.of(CashierFixture.labour(f.repair.alignment.id(), "1.2", null, Payer.CUSTOMER)));
        long started = System.nanoTime();
        generate(services, template, orders, parts);
        log.info("Generated {} repair orders and {} parts in {} s", orders, parts, (System.nanoTime() - started) / 1e9);

        measurePages(f, reads);
        log.info("system load average: {} on {} cores; target p95 <= 100 ms per role",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        services.close();
    }

    /** p50/p95 of one home page per role, logged; the customer-care user huangli must exist. */
    public static void measurePages(CashierFixture f, int reads) {
        AppServices services = f.services;
        Map<String, String> users = new LinkedHashMap<>();
        users.put("advisor", "lina");
        users.put("team lead", "wanggang");
        users.put("technician", "zhangwei");
        users.put("QC inspector", "sunli");
        users.put("cashier", "chenjing");
        users.put("warehouse clerk", "zhaolei");
        users.put("customer care", "huangli");
        users.put("service manager", "zhoujie");
        for (Map.Entry<String, String> user : users.entrySet()) {
            f.as(user.getValue());
            List<Double> times = new ArrayList<>();
            HomePage page = null;
            for (int i = 0; i < reads + 5; i++) {
                long t = System.nanoTime();
                page = services.home().page();
                if (i >= 5) {
                    times.add((System.nanoTime() - t) / 1e6);
                }
            }
            StringBuilder counts = new StringBuilder();
            for (HomeLine line : page.lines()) {
                counts.append(line.kind()).append('=').append(line.count()).append(' ');
            }
            log.info("{}: p50 {} ms, p95 {} ms ({} reads after 5 warm-up) {}", user.getKey(),
                    tenths(percentile(times, 50)), tenths(percentile(times, 95)), reads, counts.toString().trim());
        }
    }

    /** Copies of the template order (its intake, its lines) and of the fixture's filter as parts. */
    public static void generate(AppServices services, long template, int orders, int parts) {
        long intake = services.transactions().read(h -> h.createQuery("SELECT intake_id FROM repair_order WHERE id = :o")
                .bind("o", template).mapTo(Long.class).one());
        int open = Math.max(OPEN.length, orders / 500);
        String start = "2016-12-08 10:00:00+08:00";
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO intake (customer_id, vehicle_id, advisor, received_at, mileage, fuel_level, valuables, complaint,
                                    requested_items, old_parts, approval_contact, customer_waits, notes, promised_at)
                SELECT customer_id, vehicle_id, advisor, DATEADD('MINUTE', r."X" * 10, CAST(? AS TIMESTAMP WITH TIME ZONE)),
                       mileage, fuel_level, valuables, complaint, requested_items, old_parts, approval_contact,
                       customer_waits, notes, DATEADD('MINUTE', r."X" * 10 + 480, CAST(? AS TIMESTAMP WITH TIME ZONE))
                FROM intake, SYSTEM_RANGE(1, ?) r WHERE id = ?""", start, start, orders, intake));
        // the last `open` intakes are this week's: their orders are the open ones, in every open state
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO repair_order (number, status, customer_id, vehicle_id, intake_id, advisor, created_at,
                                          status_changed_at)
                SELECT 'RB' || i.id, CASE WHEN i.id > (SELECT MAX(id) FROM intake) - ? THEN
                           CASEWHEN(MOD(i.id, 7) = 0, 'RECEIVED', CASEWHEN(MOD(i.id, 7) = 1, 'PLANNED',
                           CASEWHEN(MOD(i.id, 7) = 2, 'APPROVED', CASEWHEN(MOD(i.id, 7) = 3, 'IN_PROGRESS',
                           CASEWHEN(MOD(i.id, 7) = 4, 'IN_QC', CASEWHEN(MOD(i.id, 7) = 5, 'READY_FOR_SETTLEMENT',
                           'SETTLED')))))) ELSE 'DELIVERED' END,
                       i.customer_id, i.vehicle_id, i.id, i.advisor, i.received_at, i.received_at
                FROM intake i WHERE i.id <> ? AND NOT EXISTS (SELECT 1 FROM repair_order o WHERE o.intake_id = i.id)""",
                open, intake));
        services.transactions().useTransaction(h -> h.execute("""
                UPDATE intake SET promised_at = DATEADD('HOUR', MOD(id, 48) - 24, CAST('2026-12-07 11:00:00+08:00'
                       AS TIMESTAMP WITH TIME ZONE)) WHERE id > (SELECT MAX(id) FROM intake) - ?""", open));
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO repair_line (repair_order_id, line_no, kind, operation_id, part_id, description, standard_hours,
                                         quantity, unit_price, amount, payer, category, status, approval_id, declined,
                                         added_at, added_by)
                SELECT o.id, l.line_no, l.kind, l.operation_id, l.part_id, l.description, l.standard_hours, l.quantity,
                       l.unit_price, l.amount, l.payer, l.category, l.status, l.approval_id, l.declined, l.added_at, l.added_by
                FROM repair_order o CROSS JOIN repair_line l
                WHERE l.repair_order_id = ? AND o.id <> ? AND o.status IN ('APPROVED', 'IN_PROGRESS')""", template,
                template));
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO delivery (repair_order_id, gate_pass_number, satisfaction, delivered_by, delivered_at)
                SELECT o.id, 'HB' || o.id, 1 + MOD(o.id, 5), 'cashier', DATEADD('HOUR', 8, o.created_at)
                FROM repair_order o WHERE o.status = 'DELIVERED'"""));
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO callback (repair_order_id, customer_id, order_number, plate, car, work_done, amount, advisor,
                                      technician, work_group, handback_score, delivered_at, planned_at, due_at, status,
                                      no_answers, closed_at, closed_by, version)
                SELECT o.id, o.customer_id, o.number, '粤B' || MOD(o.id, 100000), '丰田 凯美瑞', '常规保养', 899.00,
                       'lina', 'zhangwei', NULL, d.satisfaction, d.delivered_at, DATEADD('DAY', 3, d.delivered_at),
                       DATEADD('DAY', 3, d.delivered_at),
                       CASE WHEN d.delivered_at > CAST('2026-12-01 00:00:00+08:00' AS TIMESTAMP WITH TIME ZONE) THEN 'OPEN'
                            ELSE 'REACHED' END, 0,
                       CASE WHEN d.delivered_at > CAST('2026-12-01 00:00:00+08:00' AS TIMESTAMP WITH TIME ZONE) THEN NULL
                            ELSE DATEADD('DAY', 3, d.delivered_at) END,
                       CASE WHEN d.delivered_at > CAST('2026-12-01 00:00:00+08:00' AS TIMESTAMP WITH TIME ZONE) THEN NULL
                            ELSE 'huangli' END, 0
                FROM repair_order o JOIN delivery d ON d.repair_order_id = o.id"""));
        services.transactions().useTransaction(h -> h.execute("""
                INSERT INTO part (part_number, name_zh, name_en, brand, unit, whole_units, category, active, reorder_point,
                                  reorder_quantity, price_policy, list_price, created_at)
                SELECT 'P-' || LPAD(CAST(r."X" AS VARCHAR), 6, '0'), name_zh || r."X", name_en, brand, unit, whole_units,
                       category, TRUE, CASEWHEN(MOD(r."X", 4) = 0, 5, 0), 10, price_policy, list_price, created_at
                FROM part, SYSTEM_RANGE(1, ?) r WHERE part_number = '90915-YZZE1'""", parts));
    }

    private static double tenths(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
