package com.fours.workbench.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The home and dashboard benchmarks' large store (issue 18, decision 0109): ORDERS repair orders
 * (default 500,000) spread evenly over the ten years that end at the benchmarks' today
 * (2026-12-07 11:00 Shanghai), as a real store's are, so every measured period is full; nearly all
 * handed back with a delivery, a callback, a finished labour line with an hour clocked, a bill with
 * its labour line, a QC release and a part issued (every twentieth a receipt too); every
 * twenty-fifth day's order also a counter sale of parts (an XS bill, no repair order); PARTS parts
 * (default 20,000) with reorder points. All written by set-based SQL into an H2 file kept under
 * {@code target/bench-store/} (or {@code --store=DIR}), so a rerun copies the kept file instead of
 * generating again ({@code --fresh} generates anew). Each run opens its own copy, which Flyway brings
 * to the code's schema, so runs of two builds side by side read the same rows.
 */
public final class LargeStore {

    private static final Logger log = LoggerFactory.getLogger(LargeStore.class);
    public static final String TODAY = "2026-12-07T03:00:00Z";
    private static final String[] OPEN = {"RECEIVED", "PLANNED", "APPROVED", "IN_PROGRESS", "IN_QC",
            "READY_FOR_SETTLEMENT", "SETTLED"};
    /** The ten years before the benchmarks' today, in seconds (2016-12-07 to 2026-12-07: three leap days). */
    private static final long TEN_YEARS = 3653L * 86400;

    private LargeStore() {
    }

    /** A run's own copy of the kept store for these options, generated first when none is kept. */
    public static AppServices open(Map<String, String> options, MutableClock clock) {
        int orders = Integer.parseInt(options.getOrDefault("orders", "500000"));
        int parts = Integer.parseInt(options.getOrDefault("parts", "20000"));
        Path root = Path.of(options.getOrDefault("store", "target/bench-store")).toAbsolutePath();
        Path kept = root.resolve("large-" + orders + "-" + parts);
        if (options.containsKey("fresh") || !Files.exists(kept.resolve("complete"))) {
            long started = System.nanoTime();
            generateInChild(kept, clock, orders, parts);
            log.info("Generated {} repair orders and {} parts in {} s, kept in {}", orders, parts,
                    Math.round((System.nanoTime() - started) / 1e8) / 10.0, kept);
        } else {
            log.info("Reusing the store kept in {}", kept);
        }
        Path run = root.resolve("run-" + ProcessHandle.current().pid());
        try {
            delete(run);
            Files.createDirectories(run);
            Files.copy(kept.resolve("workbench.mv.db"), run.resolve("workbench.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(run)));
        return TestWorkbench.file(run, clock);
    }

    /**
     * Generates the store named by {@code --store}, {@code --orders}, {@code --parts} (the child JVM of
     * {@link #open}).
     */
    public static void main(String[] args) {
        Map<String, String> options = com.fours.workbench.testing.BenchmarkFigures.options(args);
        generate(Path.of(options.get("kept")), MutableClock.shanghai(TODAY),
                Integer.parseInt(options.get("orders")), Integer.parseInt(options.get("parts")));
    }

    /**
     * The load in a JVM of its own with the parallel collector and a heap the size of the work: G1 spent
     * most of the 500,000-order load copying the live page cache and undo logs in young collections
     * (decision 0118); the throughput collector does not, and the benchmark itself keeps the JVM the
     * application runs with.
     */
    private static void generateInChild(Path kept, MutableClock clock, int orders, int parts) {
        if (!clock.instant().equals(java.time.Instant.parse(TODAY))) {
            throw new IllegalArgumentException("the large store is generated at " + TODAY);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-XX:+UseParallelGC", "-Xms3g", "-Xmx3g",
                "-cp", System.getProperty("java.class.path"), LargeStore.class.getName(),
                "--kept=" + kept, "--orders=" + orders, "--parts=" + parts);
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            int exit = child.waitFor();
            if (exit != 0 || !Files.exists(kept.resolve("complete"))) {
                throw new IllegalStateException("generating the large store failed (exit " + exit + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs {@code user} in (out first if someone is). */
    public static void as(AppServices services, String user) {
        if (services.session().user().isPresent()) {
            services.authentication().logout();
        }
        services.authentication().login(user, CashierFixture.PASSWORD.toCharArray());
    }

    private static void generate(Path kept, MutableClock clock, int orders, int parts) {
        delete(kept);
        MutableClock at = new MutableClock(clock.instant(), clock.getZone());
        CashierFixture f = new CashierFixture(TestWorkbench.setUp(kept, at));
        AppServices services = f.services;
        TestWorkbench.addUser(services, "huangli", CashierFixture.PASSWORD, Role.CUSTOMER_SERVICE_AGENT);
        long template = f.inProgressOrder(List.of(CashierFixture.labour(f.repair.alignment.id(), "1.2", null, Payer.CUSTOMER)));
        services.authentication().logout();
        // a cache the size of the store: the inserts keep every index's pages in memory instead of re-reading the file
        services.transactions().useTransaction(h -> h.execute("SET CACHE_SIZE 1048576"));
        // The application's WRITE_DELAY=0 stores the file at every commit, and an identity sequence commits
        // (in a session of its own) every 32 values it hands out: an INSERT ... SELECT of 500,000 rows wrote
        // the whole file ~15,000 times. The load commits once per statement; the runs open the copy with the
        // application's own setting again (it is in the URL).
        services.transactions().useTransaction(h -> h.execute("SET WRITE_DELAY 2000"));
        long t = System.nanoTime();
        orders(services, template, orders);
        log.info("orders, deliveries and callbacks: {} s", Math.round((System.nanoTime() - t) / 1e8) / 10.0);
        step(services, """
                INSERT INTO part (part_number, name_zh, name_en, brand, unit, whole_units, category, active, reorder_point,
                                  reorder_quantity, price_policy, list_price, created_at)
                SELECT 'P-' || LPAD(CAST(r."X" AS VARCHAR), 6, '0'), name_zh || r."X", name_en, brand, unit, whole_units,
                       category, TRUE, 2 + MOD(r."X", 9), 10 + 5 * MOD(r."X", 4), price_policy, list_price, created_at
                FROM part, SYSTEM_RANGE(1, ?) r WHERE part_number = '90915-YZZE1'""", parts);
        // a warehouse as a store keeps it: every part in a bin with stock above its reorder point, opened
        // ten years ago, but one in a hundred (never issued) down to 1, below its point: the reorder list
        step(services, """
                INSERT INTO part_bin (part_id, bin_id, is_primary)
                SELECT p.id, (SELECT MIN(id) FROM bin), NOT EXISTS (SELECT 1 FROM part_bin b WHERE b.part_id = p.id)
                FROM part p WHERE NOT EXISTS (SELECT 1 FROM part_bin b WHERE b.part_id = p.id
                                              AND b.bin_id = (SELECT MIN(id) FROM bin))""");
        step(services, """
                INSERT INTO stock_movement (part_id, bin_id, quantity, movement_type, unit_cost, reference, username, moved_at)
                SELECT p.id, (SELECT MIN(id) FROM bin),
                       CASEWHEN(MOD(p.id, 100) = 37 AND p.id >= (SELECT MIN(id) FROM part) + 1000, 1,
                                p.reorder_point + p.reorder_quantity + 25),
                       'RECEIPT', 40 + MOD(p.id, 50), 'OPENING', 'zhaolei', CAST(? AS TIMESTAMP WITH TIME ZONE)
                FROM part p""", "2016-12-01 09:00:00+08:00");
        step(services, "UPDATE part SET average_cost = 40 + MOD(id, 50) WHERE part_number LIKE 'P-%'");
        t = System.nanoTime();
        billsAndClocks(services, template);
        // the bills' kept day sums and order days (V45), which the bills' inserts above, being plain SQL, did not write
        services.transactions().useTransaction(h -> {
            h.execute("DELETE FROM bill_day_sum");
            h.execute("DELETE FROM bill_order_day");
            com.fours.workbench.dashboard.BillDaySumsTest.fillOfV45().forEach(h::execute);
        });
        log.info("bills, clocks, QC releases, stock and counter sales: {} s", Math.round((System.nanoTime() - t) / 1e8) / 10.0);
        services.transactions().useTransaction(h -> h.execute("ANALYZE"));
        services.transactions().useTransaction(h -> h.execute("SET WRITE_DELAY 0"));
        services.close();
        try {
            Files.writeString(kept.resolve("complete"), "orders=" + orders + " parts=" + parts + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies of the template order (its intake, its lines), one every TEN_YEARS / orders seconds up to today. */
    private static void orders(AppServices services, long template, int orders) {
        long intake = services.transactions().read(h -> h.createQuery("SELECT intake_id FROM repair_order WHERE id = :o")
                .bind("o", template).mapTo(Long.class).one());
        int open = Math.max(OPEN.length, orders / 500);
        long step = TEN_YEARS / (orders + 1L);
        String start = "2016-12-07 11:00:00+08:00";
        step(services, """
                INSERT INTO intake (customer_id, vehicle_id, advisor, received_at, mileage, fuel_level, valuables, complaint,
                                    requested_items, old_parts, approval_contact, customer_waits, notes, promised_at)
                SELECT customer_id, vehicle_id, advisor, DATEADD('SECOND', r."X" * ?, CAST(? AS TIMESTAMP WITH TIME ZONE)),
                       mileage, fuel_level, valuables, complaint, requested_items, old_parts, approval_contact,
                       customer_waits, notes, DATEADD('SECOND', r."X" * ? + 28800, CAST(? AS TIMESTAMP WITH TIME ZONE))
                FROM intake, SYSTEM_RANGE(1, ?) r WHERE id = ?""", step, start, step, start, orders, intake);
        // the last `open` intakes are the last days': their orders are the open ones, in every open state
        step(services, """
                INSERT INTO repair_order (number, status, customer_id, vehicle_id, intake_id, advisor, created_at,
                                          status_changed_at)
                SELECT 'RB' || i.id, CASE WHEN i.id > (SELECT MAX(id) FROM intake) - ? THEN
                           CASEWHEN(MOD(i.id, 7) = 0, 'RECEIVED', CASEWHEN(MOD(i.id, 7) = 1, 'PLANNED',
                           CASEWHEN(MOD(i.id, 7) = 2, 'APPROVED', CASEWHEN(MOD(i.id, 7) = 3, 'IN_PROGRESS',
                           CASEWHEN(MOD(i.id, 7) = 4, 'IN_QC', CASEWHEN(MOD(i.id, 7) = 5, 'READY_FOR_SETTLEMENT',
                           'SETTLED')))))) ELSE 'DELIVERED' END,
                       i.customer_id, i.vehicle_id, i.id, i.advisor, i.received_at, i.received_at
                FROM intake i WHERE i.id > ?""", open, intake);
        step(services, """
                UPDATE intake SET promised_at = DATEADD('HOUR', MOD(id, 48) - 24, CAST('2026-12-07 11:00:00+08:00'
                       AS TIMESTAMP WITH TIME ZONE)) WHERE id > (SELECT MAX(id) FROM intake) - ?""", open);
        step(services, """
                INSERT INTO repair_line (repair_order_id, line_no, kind, operation_id, part_id, description, standard_hours,
                                         quantity, unit_price, amount, payer, category, status, approval_id, declined,
                                         added_at, added_by)
                SELECT o.id, l.line_no, l.kind, l.operation_id, l.part_id, l.description, l.standard_hours, l.quantity,
                       l.unit_price, l.amount, l.payer, l.category, l.status, l.approval_id, l.declined, l.added_at, l.added_by
                FROM repair_order o CROSS JOIN repair_line l
                WHERE l.repair_order_id = ? AND o.id <> ? AND o.status IN ('APPROVED', 'IN_PROGRESS')""", template,
                template);
        step(services, """
                INSERT INTO delivery (repair_order_id, gate_pass_number, satisfaction, delivered_by, delivered_at)
                SELECT o.id, 'HB' || o.id, 1 + MOD(o.id, 5), 'cashier', DATEADD('HOUR', 8, o.created_at)
                FROM repair_order o WHERE o.status = 'DELIVERED'""");
        step(services, """
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
                FROM repair_order o JOIN delivery d ON d.repair_order_id = o.id""");
    }

    /** What the dashboard sums, per handed-back order; and a counter sale of parts for every 25th. */
    private static void billsAndClocks(AppServices services, long template) {
        step(services, """
                INSERT INTO repair_line (repair_order_id, line_no, kind, operation_id, part_id, description, standard_hours,
                                         quantity, unit_price, amount, payer, category, status, approval_id, declined,
                                         added_at, added_by, done_at, done_by)
                SELECT o.id, l.line_no, l.kind, l.operation_id, l.part_id, l.description, l.standard_hours, l.quantity,
                       l.unit_price, l.amount, l.payer, l.category, 'DONE', NULL, FALSE, o.created_at, l.added_by,
                       DATEADD('HOUR', 3, o.created_at), 'zhangwei'
                FROM repair_order o CROSS JOIN repair_line l
                WHERE l.repair_order_id = ? AND o.status = 'DELIVERED'""", template);
        step(services, """
                INSERT INTO job_clock (repair_line_id, user_id, started_at, stopped_at, stop_reason)
                SELECT l.id, (SELECT id FROM app_user WHERE username = 'zhangwei'), DATEADD('HOUR', 1, o.created_at),
                       DATEADD('MINUTE', 60 + MOD(l.id, 60), o.created_at), 'DONE'
                FROM repair_line l JOIN repair_order o ON o.id = l.repair_order_id WHERE o.status = 'DELIVERED'""");
        step(services, """
                INSERT INTO bill (number, invoice_year, sequence_no, kind, repair_order_id, customer_id, payer, payer_name,
                                  vat_rate, labour_amount, parts_amount, other_amount, discount_amount, total, net, tax,
                                  business_day, issued_by, issued_at)
                SELECT 'JB' || o.id, 1, o.id, 'BILL', o.id, o.customer_id,
                       CASE MOD(o.id, 10) WHEN 0 THEN 'WARRANTY' WHEN 1 THEN 'INSURANCE' ELSE 'CUSTOMER' END, '张伟',
                       0.06, 480.00, 200 + MOD(o.id, 300), 30.00, 0, 510.00 + MOD(o.id, 300), 510.00 + MOD(o.id, 300), 0,
                       CAST(DATEADD('HOUR', 5, o.created_at) AS DATE), 'chenjing', DATEADD('HOUR', 5, o.created_at)
                FROM repair_order o WHERE o.status = 'DELIVERED'""");
        step(services, """
                INSERT INTO bill_line (bill_id, line_no, repair_line_id, kind, description, quantity, unit_price, amount,
                                       discount, total)
                SELECT b.id, 1, l.id, 'LABOUR', l.description, l.quantity, 400.00, l.quantity * 400, 0, l.quantity * 400
                FROM bill b JOIN repair_line l ON l.repair_order_id = b.repair_order_id""");
        step(services, """
                INSERT INTO qc_signature (repair_order_id, round_no, level, passed, user_id, username, signed_as, signed_at)
                SELECT o.id, 1, 'FINAL', TRUE, u.id, u.username, 'QC_INSPECTOR', DATEADD('HOUR', 4, o.created_at)
                FROM repair_order o, app_user u WHERE o.status = 'DELIVERED' AND u.username = 'sunli'""");
        step(services, """
                INSERT INTO qc_release (repair_order_id, signature_id, rounds, exit_date, exit_mileage, guarantee_category,
                                        guarantee_days, guarantee_km, guarantee_until, guarantee_until_km)
                SELECT s.repair_order_id, s.id, 1 + CASEWHEN(MOD(s.id, 20) = 0, 1, 0), CAST(s.signed_at AS DATE), 32000,
                       'MINOR_REPAIR', 10, 2000, DATEADD('DAY', 10, CAST(s.signed_at AS DATE)), 34000
                FROM qc_signature s WHERE s.level = 'FINAL'""");
        step(services, """
                INSERT INTO stock_movement (part_id, bin_id, quantity, movement_type, unit_cost, repair_order_id, username,
                                            moved_at)
                SELECT (SELECT MIN(id) FROM part) + MOD(o.id, 1000), (SELECT MIN(id) FROM bin), -1, 'ISSUE_TO_REPAIR_ORDER',
                       40 + MOD(o.id, 50), o.id, 'zhaolei', DATEADD('HOUR', 2, o.created_at)
                FROM repair_order o WHERE o.status = 'DELIVERED'""");
        step(services, """
                INSERT INTO stock_movement (part_id, bin_id, quantity, movement_type, unit_cost, username, moved_at)
                SELECT (SELECT MIN(id) FROM part) + MOD(o.id / 20, 1000), (SELECT MIN(id) FROM bin), 20, 'RECEIPT',
                       40 + MOD(o.id, 50), 'zhaolei', DATEADD('HOUR', 1, o.created_at)
                FROM repair_order o WHERE o.status = 'DELIVERED' AND MOD(o.id, 20) = 0""");
        // each issued part gets back in one receipt of 20 what it gave out over 20 issues: its stock stays
        // around its opening; the balances are the ledger's sums, as StockLedger keeps them
        step(services, "DELETE FROM stock_balance");
        step(services, """
                INSERT INTO stock_balance (part_id, bin_id, on_hand)
                SELECT part_id, bin_id, SUM(quantity) FROM stock_movement GROUP BY part_id, bin_id""");
        services.transactions().useTransaction(h -> {
            // the ledger's kept daily sums (V31), which StockLedger writes with each movement
            h.execute("DELETE FROM stock_value_day");
            h.execute("""
                    INSERT INTO stock_value_day (value_day, ledger_value)
                    SELECT CAST(moved_at AT TIME ZONE 'UTC' AS DATE), SUM(quantity * unit_cost)
                    FROM stock_movement GROUP BY CAST(moved_at AT TIME ZONE 'UTC' AS DATE)""");
        });
        step(services, """
                INSERT INTO parts_sale (number, customer_name, status, created_by, created_at, picked_by, picked_at)
                SELECT 'XD' || o.id, '散客', 'PICKED', 'zhaolei', DATEADD('HOUR', 2, o.created_at), 'zhaolei',
                       DATEADD('HOUR', 2, o.created_at)
                FROM repair_order o WHERE o.status = 'DELIVERED' AND MOD(o.id, 25) = 0""");
        step(services, """
                INSERT INTO bill (number, series, invoice_year, sequence_no, kind, repair_order_id, parts_sale_id, customer_id,
                                  payer, payer_name, vat_rate, labour_amount, parts_amount, other_amount, discount_amount,
                                  total, net, tax, business_day, issued_by, issued_at)
                SELECT 'XS' || s.id, 'XS', 1, s.id, 'BILL', NULL, s.id, NULL, 'CUSTOMER', '散客', 0.13, 0, 90.00, 0, 0,
                       90.00, 90.00, 0, CAST(s.picked_at AS DATE), 'chenjing', s.picked_at
                FROM parts_sale s""");
    }

    /** One statement in a transaction of its own, timed. */
    private static void step(AppServices services, String sql, Object... args) {
        long t = System.nanoTime();
        int rows = services.transactions().inTransaction(h -> h.execute(sql, args));
        log.info("{} rows in {} s: {}", rows, Math.round((System.nanoTime() - t) / 1e8) / 10.0,
                sql.strip().lines().findFirst().orElse(""));
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
