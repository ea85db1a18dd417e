package com.fours.workbench.cashier;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.db.Database;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.security.Role;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The cashier at the scale of a large store, on the real embedded H2 file: 150,000 customers and
 * cars, 500,000 repair orders with 1.5 million lines, and bills, bill lines and payments for the
 * delivered ones (generated once into {@code --dir} with bulk SQL and reused); the newest
 * {@code --orders} orders wait at the cashier, signed off by quality control. Then
 * <ul>
 * <li>a baseline: a bare primary-key SELECT of a repair order in its own read transaction;</li>
 * <li>settling and issuing: {@link CashierService#settle} of one order (member discount and a manual
 * discount spread over its lines, a numbered bill, the move to SETTLED), p50/p95/p99;</li>
 * <li>the A4 settlement list of a bill filled and exported to PDF, warm, median and p95.</li>
 * </ul>
 * Run by bench/cashier.sh; figures are logged and written to {@code results.properties} in the folder.
 */
public final class CashierBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CashierBenchmark.class);
    private static final String DATABASE_NAME = "cashier-bench";
    private static final String MARKER = "generated.properties";
    private static final String USER = "benchmgr";
    private static final String PASSWORD = "Bench2026";
    private static final int WARMUP = 200;
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CashierBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path folder = Path.of(options.getOrDefault("dir", "target/bench-cashier"));
        int orders = Integer.parseInt(options.getOrDefault("repair-orders", "500000"));
        int settle = Integer.parseInt(options.getOrDefault("orders", "1000"));
        int renders = Integer.parseInt(options.getOrDefault("renders", "60"));
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        Files.createDirectories(folder);

        Properties marker = Files.exists(folder.resolve(MARKER)) ? read(folder.resolve(MARKER)) : null;
        int waiting = settle + WARMUP;
        boolean reuse = !options.containsKey("fresh") && marker != null
                && String.valueOf(orders).equals(marker.getProperty("repairOrders"))
                && String.valueOf(waiting).equals(marker.getProperty("waiting"))
                && Files.exists(folder.resolve(DATABASE_NAME + ".mv.db"));
        if (!reuse) {
            marker = generate(folder, orders, waiting, clock);
        } else {
            log.info("Reusing the database in {} generated in {} s", folder, marker.getProperty("seconds"));
        }

        // a copy, so every run starts from the same orders waiting at the cashier
        Path run = folder.resolve("run");
        Files.createDirectories(run);
        Files.copy(folder.resolve(DATABASE_NAME + ".mv.db"), run.resolve(DATABASE_NAME + ".mv.db"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Properties results = new Properties();
        Database database = Database.open(DatabaseSettings.embedded(run, DATABASE_NAME));
        try (AppServices services = new AppServices(database, false, run, clock)) {
            services.authentication().login(USER, PASSWORD.toCharArray());
            long count = services.transactions().read(h ->
                    h.createQuery("SELECT COUNT(*) FROM repair_order").mapTo(Long.class).one());
            long bills = services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM bill").mapTo(Long.class)
                    .one());
            log.info("{} repair orders, {} bills", count, bills);
            results.setProperty("repairOrders", String.valueOf(count));
            results.setProperty("bills", String.valueOf(bills));
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            baseline(services, orders, results);
            long lastBill = settling(services, orders, waiting, results);
            rendering(services, lastBill, renders, results);
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            results.setProperty("load", String.format(Locale.ROOT, "%.1f-%.1f", loadBefore, loadAfter));
        }
        results.setProperty("generation.seconds", marker.getProperty("seconds"));
        results.setProperty("database.bytes", String.valueOf(folder.resolve(DATABASE_NAME + ".mv.db").toFile().length()));
        write(folder.resolve("results.properties"), results);
    }

    // ---- the database

    private static Properties generate(Path folder, int orders, int waiting, Clock clock) throws Exception {
        long started = System.nanoTime();
        for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db")) {
            Files.deleteIfExists(folder.resolve(DATABASE_NAME + suffix));
        }
        Files.deleteIfExists(folder.resolve(MARKER));
        int cars = Math.max(1, orders * 3 / 10);
        log.info("Generating {} cars and {} repair orders into {}", cars, orders, folder.toAbsolutePath());
        Database database = Database.open(DatabaseSettings.embedded(folder, DATABASE_NAME));
        try (AppServices services = new AppServices(database, false, folder, clock)) {
            services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                    TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
            TestWorkbench.addUser(services, USER, PASSWORD, Role.SERVICE_MANAGER);
            var tx = database.transactions();
            tx.useTransaction(h -> {
                h.execute("""
                        INSERT INTO customer (kind, name, preferred_contact, contact_consent, member_level, created_at)
                        SELECT 'PERSON', '客户' || "X", 'PHONE', TRUE,
                               CASE MOD("X", 4) WHEN 0 THEN 'NONE' WHEN 1 THEN 'SILVER' WHEN 2 THEN 'GOLD' ELSE 'PLATINUM' END,
                               TIMESTAMP WITH TIME ZONE '2016-11-01 08:00:00+08'
                        FROM SYSTEM_RANGE(1, %d)""".formatted(cars));
                h.execute("""
                        INSERT INTO vehicle (vin, plate, brand, model, mileage, owner_id, created_at)
                        SELECT 'LB' || LPAD(CAST("X" AS VARCHAR), 15, '0'), NULL, '丰田', '凯美瑞', 30000, "X",
                               TIMESTAMP WITH TIME ZONE '2016-11-01 08:00:00+08'
                        FROM SYSTEM_RANGE(1, %d)""".formatted(cars));
            });
            long chunk = 100_000;
            for (long from = 1; from <= orders; from += chunk) {
                long to = Math.min(orders, from + chunk - 1);
                long t = System.nanoTime();
                String status = "CASE WHEN \"X\" > %d THEN 'READY_FOR_SETTLEMENT' ELSE 'DELIVERED' END"
                        .formatted(orders - waiting);
                String when = "DATEADD(MINUTE, \"X\" * 10, TIMESTAMP WITH TIME ZONE '2016-12-01 08:00:00+08')";
                String range = "FROM SYSTEM_RANGE(%d, %d)".formatted(from, to);
                tx.useTransaction(h -> {
                    h.execute("""
                            INSERT INTO intake (id, customer_id, vehicle_id, advisor, received_at, mileage, fuel_level, valuables,
                                                complaint, requested_items, old_parts, approval_contact, customer_waits, notes)
                            SELECT "X", 1 + MOD("X" - 1, %d), 1 + MOD("X" - 1, %d), 'advisor', %s, 30000, 'HALF', '',
                                   '保养', '保养', 'DISPOSE', '车主本人', FALSE, '' %s""".formatted(cars, cars, when, range));
                    h.execute("""
                            INSERT INTO repair_order (id, number, status, customer_id, vehicle_id, intake_id, advisor, created_at)
                            SELECT "X", 'RO' || LPAD(CAST("X" AS VARCHAR), 12, '0'), %s, 1 + MOD("X" - 1, %d),
                                   1 + MOD("X" - 1, %d), "X", 'advisor', %s %s""".formatted(status, cars, cars, when, range));
                    h.execute("""
                            INSERT INTO repair_line (repair_order_id, line_no, kind, description, category, quantity,
                                                     standard_hours, unit_price, amount, payer, status, added_by, added_at)
                            SELECT "X", 1, 'LABOUR', '前刹车片更换', 'MINOR_REPAIR', 1.5, 1.5, 420.00, 630.00, 'CUSTOMER', 'DONE',
                                   'advisor', %s %s""".formatted(when, range));
                    h.execute("""
                            INSERT INTO repair_line (repair_order_id, line_no, kind, description, quantity, unit_price, amount,
                                                     payer, status, added_by, added_at)
                            SELECT "X", 2, 'FEE', '轮胎存放费', 3, 33.33, 99.99, 'CUSTOMER', 'DONE', 'advisor', %s %s"""
                            .formatted(when, range));
                    h.execute("""
                            INSERT INTO repair_line (repair_order_id, line_no, kind, description, quantity, unit_price, amount,
                                                     payer, status, added_by, added_at)
                            SELECT "X", 3, 'FEE', '检测费', 1, 45.00, 45.00, 'CUSTOMER', 'DONE', 'advisor', %s %s"""
                            .formatted(when, range));
                    // the delivered orders' bills: 50,000 a year from 2017 on, three lines and a payment each
                    String delivered = range + " WHERE \"X\" <= %d".formatted(orders - waiting);
                    h.execute("""
                            INSERT INTO bill (id, number, invoice_year, sequence_no, kind, repair_order_id, customer_id, payer,
                                              payer_name, excess, vat_rate, labour_amount, parts_amount, other_amount,
                                              discount_amount, total, net, tax, business_day, issued_by, issued_at)
                            SELECT "X", 'JS' || (2017 + ("X" - 1) / 50000) || '-'
                                       || LPAD(CAST(MOD("X" - 1, 50000) + 1 AS VARCHAR), 6, '0'),
                                   2017 + ("X" - 1) / 50000, MOD("X" - 1, 50000) + 1, 'BILL', "X", 1 + MOD("X" - 1, %d),
                                   'CUSTOMER', '客户', 0, 0.13, 630.00, 0, 144.99, 0, 774.99, 685.83, 89.16,
                                   CAST(%s AS DATE), 'cashier', %s %s""".formatted(cars, when, when, delivered));
                    h.execute("""
                            INSERT INTO bill_line (bill_id, line_no, kind, description, quantity, unit_price, amount, discount, total)
                            SELECT "X", 1, 'LABOUR', '前刹车片更换', 1.5, 420.00, 630.00, 0, 630.00 %s""".formatted(delivered));
                    h.execute("""
                            INSERT INTO bill_line (bill_id, line_no, kind, description, quantity, unit_price, amount, discount, total)
                            SELECT "X", 2, 'FEE', '轮胎存放费', 3, 33.33, 99.99, 0, 99.99 %s""".formatted(delivered));
                    h.execute("""
                            INSERT INTO bill_line (bill_id, line_no, kind, description, quantity, unit_price, amount, discount, total)
                            SELECT "X", 3, 'FEE', '检测费', 1, 45.00, 45.00, 0, 45.00 %s""".formatted(delivered));
                    h.execute("""
                            INSERT INTO payment (bill_id, method, amount, business_day, taken_by, taken_at)
                            SELECT "X", CASE MOD("X", 3) WHEN 0 THEN 'WECHAT_PAY' WHEN 1 THEN 'CASH' ELSE 'ALIPAY' END, 774.99,
                                   CAST(%s AS DATE), 'cashier', %s %s""".formatted(when, when, delivered));
                });
                log.info("Repair orders {} to {} in {} ms", from, to, (System.nanoTime() - t) / 1_000_000);
            }
            tx.useTransaction(h -> {
                h.execute("ALTER TABLE intake ALTER COLUMN id RESTART WITH " + (orders + 1));
                h.execute("ALTER TABLE repair_order ALTER COLUMN id RESTART WITH " + (orders + 1));
                h.execute("ALTER TABLE bill ALTER COLUMN id RESTART WITH " + (orders + 1));
                h.execute("""
                        INSERT INTO invoice_counter (invoice_year, last_number)
                        SELECT invoice_year, MAX(sequence_no) FROM bill GROUP BY invoice_year""");
                long user = h.createQuery("SELECT id FROM app_user WHERE username = :u").bind("u", USER)
                        .mapTo(Long.class).one();
                String waitingRange = "FROM SYSTEM_RANGE(%d, %d)".formatted(orders - waiting + 1, orders);
                for (String[] level : new String[][] {{"SELF_CHECK", "TECHNICIAN", "0"}, {"RECHECK", "TEAM_LEAD", "1"},
                    {"FINAL_CHECK", "QC_INSPECTOR", "2"}}) {
                    h.execute("""
                            INSERT INTO qc_signature (id, repair_order_id, round_no, level, passed, user_id, username, signed_as,
                                                      signed_at)
                            SELECT "X" * 3 + %s, "X", 1, '%s', TRUE, %d, '%s', '%s', CURRENT_TIMESTAMP %s"""
                            .formatted(level[2], level[0], user, USER, level[1], waitingRange));
                }
                h.execute("ALTER TABLE qc_signature ALTER COLUMN id RESTART WITH " + (orders * 3L + 10));
                h.execute("""
                        INSERT INTO qc_release (repair_order_id, signature_id, rounds, exit_date, exit_mileage,
                                                guarantee_category, guarantee_days, guarantee_km, guarantee_until,
                                                guarantee_until_km)
                        SELECT "X", "X" * 3 + 2, 1, CURRENT_DATE, 30000, 'MINOR_REPAIR', 10, 2000,
                               DATEADD(DAY, 10, CURRENT_DATE), 32000 %s""".formatted(waitingRange));
                h.execute("ANALYZE");
            });
        }
        double took = (System.nanoTime() - started) / 1e9;
        Properties done = new Properties();
        done.setProperty("repairOrders", String.valueOf(orders));
        done.setProperty("waiting", String.valueOf(waiting));
        done.setProperty("seconds", String.format(Locale.ROOT, "%.1f", took));
        write(folder.resolve(MARKER), done);
        log.info("Generated in {} s; database {} MB", done.getProperty("seconds"),
                folder.resolve(DATABASE_NAME + ".mv.db").toFile().length() / 1_000_000);
        return done;
    }

    // ---- the figures

    private static void baseline(AppServices services, int orders, Properties results) {
        java.util.Random random = new java.util.Random(7);
        List<Double> pk = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            long id = 1 + random.nextInt(orders);
            long t = System.nanoTime();
            services.transactions().read(h -> h.createQuery("SELECT number FROM repair_order WHERE id = :id")
                    .bind("id", id).mapTo(String.class).one());
            double ms = (System.nanoTime() - t) / 1e6;
            if (i >= 500) {
                pk.add(ms);
            }
        }
        report(results, "baseline.pk", "bare primary-key SELECT of a repair order", pk);
    }

    /** Settles the waiting orders one by one; returns the last bill's id. */
    private static long settling(AppServices services, int orders, int waiting, Properties results) {
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        long lastBill = 0;
        SettlementInput input = SettlementInput.plain().withMemberDiscount(true).withManualDiscount("10", "老客户");
        for (int i = 0; i < waiting; i++) {
            long id = orders - waiting + 1 + i;
            int version = services.cashier().order(id).version();
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            List<BillDetails> bills = services.cashier().settle(id, version, input, null);
            double ms = (System.nanoTime() - t) / 1e6;
            double cpuMs = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
            lastBill = bills.get(0).id();
            if (i >= WARMUP) {
                times.add(ms);
                cpu.add(cpuMs);
            }
        }
        report(results, "settle", "settle + issue (one bill, discounts, SETTLED)", times);
        report(results, "settle.cpu", "  CPU time of the settling thread", cpu);
        return lastBill;
    }

    private static void rendering(AppServices services, long billId, int renders, Properties results) {
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        double first = 0;
        for (int i = 0; i < renders + 10; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            RenderedReport report = services.cashierPrints().bill(billId);
            byte[] pdf = services.reports().exportPdf(report);
            double ms = (System.nanoTime() - t) / 1e6;
            double cpuMs = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
            if (i == 0) {
                first = ms;
                log.info("First render: {} ms, {} bytes", Math.round(ms), pdf.length);
            }
            if (i >= 10) {
                times.add(ms);
                cpu.add(cpuMs);
            }
        }
        results.setProperty("render.first.ms", String.format(Locale.ROOT, "%.0f", first));
        report(results, "render", "A4 settlement list to PDF (warm)", times);
        report(results, "render.cpu", "  CPU time of the rendering thread", cpu);
    }

    private static void report(Properties results, String key, String label, List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double p50 = percentile(sorted, 50);
        double p95 = percentile(sorted, 95);
        double p99 = percentile(sorted, 99);
        log.info(String.format(Locale.ROOT, "%-48s n=%d p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms", label,
                sorted.length, p50, p95, p99, sorted[sorted.length - 1]));
        results.setProperty(key + ".p50", String.format(Locale.ROOT, "%.2f", p50));
        results.setProperty(key + ".p95", String.format(Locale.ROOT, "%.2f", p95));
        results.setProperty(key + ".p99", String.format(Locale.ROOT, "%.2f", p99));
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
            int eq = arg.indexOf('=');
            options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "" : arg.substring(eq + 1));
        }
        return options;
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }

    private static void write(Path file, Properties properties) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            properties.store(out, "cashier benchmark");
        }
    }
}
