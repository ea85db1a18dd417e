package com.fours.workbench.parts;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.db.Database;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.security.Role;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.BenchmarkFigures;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The stocktake at the scale of a large store, on the real embedded H2 file: 20,000 parts and
 * 5,000,000 ledger rows (generated once into {@code --dir} and reused), then
 * <ul>
 * <li>a baseline: a bare primary-key SELECT of a part, and the on-hand figure of a part (with the
 * EXPLAIN plans showing that on hand comes from the stock_balance primary key, not the ledger);</li>
 * <li>a scan during counting: {@link StocktakeService#scan} (lookup by barcode + saving the count
 * entry in its own transaction), p50/p95/p99 over {@code --scans};</li>
 * <li>posting a 20,000-line stocktake where every line has a variance: {@link StocktakeService#post},
 * the median of {@code --runs} stocktakes.</li>
 * </ul>
 * Run by bench/stocktake.sh; figures are logged and written to {@code results.properties} in the folder.
 */
public final class StocktakeBenchmark {

    private static final Logger log = LoggerFactory.getLogger(StocktakeBenchmark.class);
    private static final String DATABASE_NAME = "stocktake-bench";
    private static final String MARKER = "generated.properties";
    private static final String USER = "benchmgr";
    private static final String PASSWORD = "Bench2026";

    private StocktakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchmarkFigures.options(args);
        Path folder = Path.of(options.getOrDefault("dir", "target/bench-stocktake"));
        int parts = Integer.parseInt(options.getOrDefault("parts", "20000"));
        long movements = Long.parseLong(options.getOrDefault("movements", "5000000"));
        int scans = Integer.parseInt(options.getOrDefault("scans", "2000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        Files.createDirectories(folder);

        Properties marker = Files.exists(folder.resolve(MARKER)) ? BenchmarkFigures.read(folder.resolve(MARKER))
                : null;
        boolean reuse = !options.containsKey("fresh") && marker != null
                && String.valueOf(parts).equals(marker.getProperty("parts"))
                && String.valueOf(movements).equals(marker.getProperty("movements"))
                && Files.exists(folder.resolve(DATABASE_NAME + ".mv.db"));
        if (!reuse) {
            marker = generate(folder, parts, movements, clock);
        } else {
            log.info("Reusing the database in {} generated in {} s", folder, marker.getProperty("seconds"));
        }

        Properties results = new Properties();
        DatabaseSettings settings = DatabaseSettings.embedded(folder, DATABASE_NAME);
        String extra = options.getOrDefault("h2-options", "");
        if (!extra.isEmpty()) {
            // for trying settings out, e.g. --h2-options=;CACHE_SIZE=262144
            settings = new DatabaseSettings(settings.jdbcUrl() + extra, settings.user(), settings.password(),
                    settings.description() + extra);
            log.info("H2 options added: {}", extra);
        }
        results.setProperty("h2.options", extra);
        Database database = Database.open(settings);
        try (AppServices services = new AppServices(database, false, folder, clock)) {
            services.authentication().login(USER, PASSWORD.toCharArray());
            long ledgerRows = database.transactions().read(h ->
                    h.createQuery("SELECT COUNT(*) FROM stock_movement").mapTo(Long.class).one());
            log.info("{} parts, {} ledger rows", parts, ledgerRows);
            results.setProperty("parts", String.valueOf(parts));
            results.setProperty("ledgerRows", String.valueOf(ledgerRows));
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            baseline(services, parts, results);
            scans(services, parts, scans, results);
            postings(services, runs, results);
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            log.info("System load average {} before, {} after ({} cores)", loadBefore, loadAfter,
                    Runtime.getRuntime().availableProcessors());
            results.setProperty("load", String.format(Locale.ROOT, "%.1f-%.1f", loadBefore, loadAfter));
        }
        results.setProperty("generation.seconds", marker.getProperty("seconds"));
        results.setProperty("database.bytes", String.valueOf(folder.resolve(DATABASE_NAME + ".mv.db").toFile().length()));
        BenchmarkFigures.write(folder.resolve(options.getOrDefault("out", "results.properties")), results,
                "stocktake benchmark");
    }

    // ---- the database

    private static Properties generate(Path folder, int parts, long movements, Clock clock) throws Exception {
        long started = System.nanoTime();
        for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db")) {
            Files.deleteIfExists(folder.resolve(DATABASE_NAME + suffix));
        }
        Files.deleteIfExists(folder.resolve(MARKER));
        log.info("Generating {} parts and {} ledger rows into {}", parts, movements, folder.toAbsolutePath());
        Database database = Database.open(DatabaseSettings.embedded(folder, DATABASE_NAME));
        try (AppServices services = new AppServices(database, false, folder, clock)) {
            services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                    TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
            TestWorkbench.addUser(services, USER, PASSWORD, Role.SERVICE_MANAGER);
            int bins = Math.max(1, parts / 100);
            database.transactions().useTransaction(h -> {
                PreparedBatch batch = h.prepareBatch("INSERT INTO bin (code) VALUES (:code)");
                for (int b = 1; b <= bins; b++) {
                    batch.bind("code", String.format("%s-%02d-%02d", (char) ('A' + (b - 1) / 100 % 26), (b - 1) / 10 % 10 + 1,
                            (b - 1) % 10 + 1) + (b > 2600 ? "-" + b : "")).add();
                }
                batch.execute();
            });
            String[] categories = {"OIL", "FILTER", "BRAKE", "IGNITION", "WIPER", "TYRE", "BULB", "BELT", "BATTERY", "FLUID"};
            database.transactions().useTransaction(h -> {
                // parts, each with a barcode and a bin; ids 1..parts, bins round robin
                h.execute("""
                        INSERT INTO part (part_number, name_zh, unit, whole_units, category, average_cost, price_policy, created_at)
                        SELECT 'BP-' || LPAD(CAST("X" AS VARCHAR), 6, '0'), '配件 ' || "X", 'PCS', TRUE,
                               CASE MOD("X", 10) %s END, CAST(5 + MOD("X" * 37, 500) AS DECIMAL(14,2)) + 0.50, 'COST_PLUS',
                               TIMESTAMP WITH TIME ZONE '2016-11-01 08:00:00+08'
                        FROM SYSTEM_RANGE(1, %d)
                        """.formatted(caseCategories(categories), parts));
                h.execute("INSERT INTO part_barcode (barcode, part_id) SELECT CAST(6900000000000 + id AS VARCHAR), id FROM part");
                h.execute("INSERT INTO part_bin (part_id, bin_id, is_primary) SELECT id, 1 + MOD(id - 1, %d), TRUE FROM part"
                        .formatted(bins));
            });
            // the ledger: a receipt of 500 for every part first, then receipts of 2 and issues of 1, over ten years
            long chunk = 250_000;
            for (long start = 1; start <= movements; start += chunk) {
                long from = start;
                long to = Math.min(movements, from + chunk - 1);
                long t = System.nanoTime();
                database.transactions().useTransaction(h -> h.execute("""
                        INSERT INTO stock_movement (part_id, bin_id, quantity, movement_type, unit_cost, repair_order_id,
                                                    reference, username, moved_at)
                        SELECT 1 + MOD("X" - 1, %1$d), 1 + MOD(MOD("X" - 1, %1$d), %2$d),
                               CASE WHEN "X" <= %1$d THEN 500 WHEN MOD("X", 4) = 0 THEN 2 ELSE -1 END,
                               CASE WHEN "X" <= %1$d OR MOD("X", 4) = 0 THEN 'RECEIPT' ELSE 'ISSUE_TO_REPAIR_ORDER' END,
                               CAST(5 + MOD((1 + MOD("X" - 1, %1$d)) * 37, 500) AS DECIMAL(14,2)) + 0.50,
                               CASE WHEN "X" > %1$d AND MOD("X", 4) <> 0 THEN "X" END, 'BENCH', 'bench',
                               DATEADD(SECOND, "X" * 60, TIMESTAMP WITH TIME ZONE '2016-12-01 08:00:00+08')
                        FROM SYSTEM_RANGE(%3$d, %4$d)
                        """.formatted(parts, bins, from, to)));
                log.info("Ledger rows {} to {} in {} ms", from, to, (System.nanoTime() - t) / 1_000_000);
            }
            database.transactions().useTransaction(h -> {
                h.execute("INSERT INTO stock_balance (part_id, bin_id, on_hand) "
                        + "SELECT part_id, bin_id, SUM(quantity) FROM stock_movement GROUP BY part_id, bin_id");
                h.execute("ANALYZE");
            });
        }
        double took = (System.nanoTime() - started) / 1e9;
        Properties done = new Properties();
        done.setProperty("parts", String.valueOf(parts));
        done.setProperty("movements", String.valueOf(movements));
        done.setProperty("seconds", String.format(Locale.ROOT, "%.1f", took));
        BenchmarkFigures.write(folder.resolve(MARKER), done, "stocktake benchmark");
        log.info("Generated in {} s; database {} MB", done.getProperty("seconds"),
                folder.resolve(DATABASE_NAME + ".mv.db").toFile().length() / 1_000_000);
        return done;
    }

    private static String caseCategories(String[] categories) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < categories.length; i++) {
            sql.append("WHEN ").append(i).append(" THEN '").append(categories[i]).append("' ");
        }
        return sql.toString();
    }

    // ---- the figures

    private static void baseline(AppServices services, int parts, Properties results) {
        Random random = new Random(7);
        var tx = services.transactions();
        List<Double> pk = new ArrayList<>();
        List<Double> onHand = new ArrayList<>();
        for (int i = 0; i < 2600; i++) {
            long id = 1 + random.nextInt(parts);
            long t = System.nanoTime();
            tx.read(h -> h.createQuery("SELECT name_zh FROM part WHERE id = :id").bind("id", id).mapTo(String.class).one());
            double pkMs = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            tx.read(h -> StockLedger.onHand(h, id));
            double onHandMs = (System.nanoTime() - t) / 1e6;
            if (i >= 600) {
                pk.add(pkMs);
                onHand.add(onHandMs);
            }
        }
        BenchmarkFigures.report(log, results, "baseline.pk", "bare primary-key SELECT (own read transaction)", pk);
        BenchmarkFigures.report(log, results, "onHand", "on hand of a part over its bins", onHand);
        tx.read(h -> {
            explain(h, "on hand in a bin", "SELECT on_hand FROM stock_balance WHERE part_id = 4711 AND bin_id = 112");
            explain(h, "on hand of a part", "SELECT COALESCE(SUM(on_hand), 0) FROM stock_balance WHERE part_id = 4711");
            explain(h, "part by number or barcode",
                    "SELECT p.id FROM part p WHERE p.part_number = '6900000004711' UNION ALL SELECT p.id FROM part_barcode c "
                            + "JOIN part p ON p.id = c.part_id WHERE c.barcode = '6900000004711'");
            explain(h, "line of the part", "SELECT id FROM stocktake_line l WHERE l.stocktake_id = 1 AND l.part_id = 4711");
            explain(h, "movements during the count", "SELECT id, part_id, bin_id, quantity FROM stock_movement WHERE id > 5000000");
            return null;
        });
    }

    private static void explain(Handle h, String what, String sql) {
        String plan = h.createQuery("EXPLAIN " + sql).mapTo(String.class).one();
        log.info("EXPLAIN {}:\n{}", what, plan);
    }

    private static void scans(AppServices services, int parts, int scans, Properties results) {
        long t = System.nanoTime();
        Stocktake stocktake = services.stocktakes().create(StocktakeInput.of(StocktakeScope.WHOLE_STORE));
        double freezeMs = (System.nanoTime() - t) / 1e6;
        log.info("Froze a whole-store stocktake of {} lines in {} ms", stocktake.lineCount(), Math.round(freezeMs));
        results.setProperty("freeze.ms", String.format(Locale.ROOT, "%.0f", freezeMs));
        Random random = new Random(11);
        List<Double> times = new ArrayList<>();
        int warmup = 500;
        for (int i = 0; i < warmup + scans; i++) {
            String barcode = String.valueOf(6900000000000L + 1 + random.nextInt(parts));
            long started = System.nanoTime();
            services.stocktakes().scan(stocktake.id(), null, barcode, null);
            double ms = (System.nanoTime() - started) / 1e6;
            if (i >= warmup) {
                times.add(ms);
            }
        }
        BenchmarkFigures.report(log, results, "scan", "scan: lookup + save of a count entry", times);
        services.stocktakes().pause(stocktake.id());
    }

    private static void postings(AppServices services, int runs, Properties results) {
        List<Double> times = new ArrayList<>();
        List<Double> cpuTimes = new ArrayList<>();
        List<Double> baselineTimes = new ArrayList<>();
        var threads = ManagementFactory.getThreadMXBean();
        services.transactions().useTransaction(h -> h.execute("""
                CREATE TABLE IF NOT EXISTS bench_insert_baseline (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                    part_id BIGINT NOT NULL, bin_id BIGINT NOT NULL, quantity DECIMAL(12,3) NOT NULL,
                    movement_type VARCHAR(30) NOT NULL, unit_cost DECIMAL(14,2) NOT NULL, stocktake_id BIGINT,
                    username VARCHAR(50) NOT NULL, moved_at TIMESTAMP WITH TIME ZONE NOT NULL)
                """));
        for (int run = 1; run <= runs; run++) {
            baselineTimes.add(bareInsert(services, 20_000));
            Stocktake stocktake = services.stocktakes().create(
                    new StocktakeInput(StocktakeScope.WHOLE_STORE, null, null, null, "5", "99999"));
            long id = stocktake.id();
            // every line counted one off its book (half over, half under), as if 20,000 scans had been made
            services.transactions().useTransaction(h -> h.createUpdate("""
                    UPDATE stocktake_line SET counted_quantity = book_quantity + CASE WHEN MOD(id, 2) = 0 THEN 1 ELSE -1 END,
                           counted_watermark = :watermark, counted_by = 'bench', counted_at = CURRENT_TIMESTAMP
                    WHERE stocktake_id = :id
                    """).bind("id", id).bind("watermark", stocktake.freezeMovementId()).execute());
            long t = System.nanoTime();
            Stocktake counted = services.stocktakes().finishCounting(id);
            double finishMs = (System.nanoTime() - t) / 1e6;
            Stocktake approved = services.stocktakes().approve(id, counted.version());
            long lastRowBefore = services.transactions().read(h -> h.createQuery(
                    "SELECT COALESCE(MAX(id), 0) FROM stock_movement").mapTo(Long.class).one());
            long cpu = threads.getCurrentThreadCpuTime();
            t = System.nanoTime();
            services.stocktakes().post(id);
            double postMs = (System.nanoTime() - t) / 1e6;
            // the CPU this thread spent: what the posting costs without waiting for a shared, loaded machine
            double postCpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            cpuTimes.add(postCpuMs);
            long posted = services.transactions().read(h -> h.createQuery(
                    "SELECT COUNT(*) FROM stock_movement WHERE id > :after AND stocktake_id = :id").bind("after", lastRowBefore)
                    .bind("id", id).mapTo(Long.class).one());
            log.info("Run {}: {} lines, finishing the count {} ms, posting {} variance movements {} ms, {} ms CPU "
                    + "(status {}); baseline bare insert of 20,000 rows {} ms", run, stocktake.lineCount(),
                    Math.round(finishMs), posted, Math.round(postMs), Math.round(postCpuMs), approved.status(),
                    Math.round(baselineTimes.get(baselineTimes.size() - 1)));
            times.add(postMs);
        }
        double median = BenchmarkFigures.median(times);
        results.setProperty("post.cpu.median.ms", String.format(Locale.ROOT, "%.0f", BenchmarkFigures.median(cpuTimes)));
        results.setProperty("post.cpu.runs.ms", String.join(" ",
                cpuTimes.stream().map(d -> String.valueOf(Math.round(d))).toList()));
        log.info(String.format(Locale.ROOT, "Posting a 20,000-line stocktake: median %.0f ms over %d runs %s",
                median, runs, times.stream().map(d -> String.valueOf(Math.round(d))).toList()));
        results.setProperty("post.median.ms", String.format(Locale.ROOT, "%.0f", median));
        results.setProperty("post.runs.ms", String.join(" ", times.stream().map(d -> String.valueOf(Math.round(d))).toList()));
        double baseline = BenchmarkFigures.median(baselineTimes);
        results.setProperty("post.baseline.median.ms", String.format(Locale.ROOT, "%.0f", baseline));
        results.setProperty("post.baseline.runs.ms", String.join(" ",
                baselineTimes.stream().map(d -> String.valueOf(Math.round(d))).toList()));
        results.setProperty("post.ratio", String.format(Locale.ROOT, "%.1f", median / baseline));
    }

    /**
     * The floor under any posting on this machine at this moment: one batch of {@code rows} inserts into
     * a table shaped like the ledger but with no secondary index, committed, then emptied again.
     */
    private static double bareInsert(AppServices services, int rows) {
        long t = System.nanoTime();
        services.transactions().useTransaction(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO bench_insert_baseline (part_id, bin_id, quantity, movement_type, unit_cost, stocktake_id,
                        username, moved_at) VALUES (:part, 1, 1, 'STOCKTAKE_VARIANCE', 12.34, 1, 'bench', CURRENT_TIMESTAMP)
                    """);
            for (int i = 0; i < rows; i++) {
                batch.bind("part", i + 1).add();
            }
            batch.execute();
        });
        double ms = (System.nanoTime() - t) / 1e6;
        services.transactions().useTransaction(h -> h.execute("DELETE FROM bench_insert_baseline"));
        return ms;
    }

}
