package com.fours.workbench.races;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.testing.BenchmarkFigures;
import com.fours.workbench.testing.ChildJvm;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;
import com.fours.workbench.store.SetupInput;

/**
 * Races several workstations, each a JVM of its own ({@link RaceDesk}), on one database: for the
 * last unit of a part, the next bill number and the last place of an arrival slot, round after
 * round. Each round every desk starts at the same instant; afterwards the database is checked
 * against what the desks were told. Everything found wrong is a line of
 * {@link Report#violations()}.
 */
public final class ProcessRaces {

    static final Set<String> PART_LOSER_KEYS = Set.of("stock.insufficient", "stock.insufficientAnywhere");
    static final Set<String> SLOT_LOSER_KEYS = Set.of("appointment.overbooked.slot", "appointment.busy");
    private static final long START_MARGIN_MS = 400;

    private ProcessRaces() {
    }

    /** One desk's attempt in a round, as its result file says. */
    record Attempt(int desk, String outcome, String got, String key, String zh, String en, String error, double ms,
                   long startedMicros) {

        static Attempt read(int desk, Properties p) {
            return new Attempt(desk, p.getProperty("outcome"), p.getProperty("got"), p.getProperty("key"),
                    p.getProperty("zh"), p.getProperty("en"), p.getProperty("error"),
                    Double.parseDouble(p.getProperty("ms")), Long.parseLong(p.getProperty("startedMicros")));
        }

        boolean won() {
            return outcome.equals("WON");
        }
    }

    /** What a loser was told: one example of each message key, and how often it was given. */
    public record Told(String key, String zh, String en, int times) {
    }

    /** The figures of one race over all rounds. */
    public static final class RaceFigures {
        final String race;
        final List<Integer> winnersPerRound = new ArrayList<>();
        int attempts;
        int won;
        int refused;
        int errors;
        int duplicates;
        int gaps;
        int negatives;
        final Map<String, Told> told = new TreeMap<>();
        final List<Double> attemptMs = new ArrayList<>();
        final List<Double> spreadMs = new ArrayList<>();
        final List<String> violations = new ArrayList<>();

        RaceFigures(String race) {
            this.race = race;
        }

        public List<Integer> winnersPerRound() {
            return winnersPerRound;
        }

        public Map<String, Told> told() {
            return told;
        }

        public int errors() {
            return errors;
        }

        public int duplicates() {
            return duplicates;
        }

        public int gaps() {
            return gaps;
        }

        public int negatives() {
            return negatives;
        }

        void add(Attempt a) {
            attempts++;
            attemptMs.add(a.ms());
            switch (a.outcome()) {
                case "WON" -> won++;
                case "REFUSED" -> {
                    refused++;
                    told.merge(a.key(), new Told(a.key(), a.zh(), a.en(), 1),
                            (x, y) -> new Told(x.key(), x.zh(), x.en(), x.times() + 1));
                }
                default -> errors++;
            }
        }
    }

    /** The figures of a whole run. */
    public record Report(String database, int desks, int rounds, Map<String, RaceFigures> races, double prepareSeconds,
                         double startSeconds, double raceSeconds) {

        public List<String> violations() {
            List<String> all = new ArrayList<>();
            races.values().forEach(r -> r.violations.forEach(v -> all.add(r.race + ": " + v)));
            return all;
        }

        public RaceFigures race(String name) {
            return races.get(name);
        }

        /** The figures as lines of text, for the log and the benchmark's output. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "%s: %d desks (separate JVMs), %d rounds per race; store prepared in %.1f s (desks starting meanwhile),"
                    + " then ready after %.1f s more, races run in %.1f s", database, desks, rounds, prepareSeconds,
                    startSeconds, raceSeconds));
            for (RaceFigures r : races.values()) {
                lines.add(String.format(Locale.ROOT, "  %-6s attempts %d: won %d, refused %d, errors %d; winners per round %s;"
                        + " duplicates %d, gaps %d, negatives %d", r.race, r.attempts, r.won, r.refused, r.errors,
                        r.winnersPerRound, r.duplicates, r.gaps, r.negatives));
                if (!r.attemptMs.isEmpty()) {
                    lines.add(String.format(Locale.ROOT, "         attempt p50 %.1f ms, p95 %.1f ms, max %.1f ms;"
                            + " start spread of the desks p50 %.1f ms, max %.1f ms",
                            BenchmarkFigures.percentile(r.attemptMs, 50), BenchmarkFigures.percentile(r.attemptMs, 95),
                            BenchmarkFigures.percentile(r.attemptMs, 100), BenchmarkFigures.percentile(r.spreadMs, 50),
                            BenchmarkFigures.percentile(r.spreadMs, 100)));
                }
                if (r.spreadMs.size() <= 20) {
                    lines.add("         start spread per round (ms) " + r.spreadMs.stream()
                            .map(x -> String.format(Locale.ROOT, "%.0f", x)).toList());
                }
                for (Told t : r.told.values()) {
                    lines.add(String.format(Locale.ROOT, "         losers told (%d×) %s: \"%s\" / \"%s\"", t.times(), t.key(),
                            t.zh(), t.en()));
                }
                r.violations.forEach(v -> lines.add("         VIOLATION " + v));
            }
            return lines;
        }
    }

    /** A fresh workbench on {@code settings}, set up as after the first start (its administrator created). */
    public static AppServices openSetUp(DatabaseSettings settings, Path dataFolder) {
        AppServices services = AppServices.open(settings, false, dataFolder, MutableClock.shanghai(RaceStore.CLOCK));
        try {
            services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                    TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Prepares the store on {@code services} (a set-up workbench on {@code settings}, kept open by the
     * caller for the whole run), starts {@code desks} desk processes on the same database, races
     * {@code rounds} rounds of each race and stops the desks. {@code dir} holds the signals, results
     * and the desks' logs.
     */
    public static Report run(String database, DatabaseSettings settings, AppServices services, Path dir, int desks,
                             int rounds) throws Exception {
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        RaceStore.deskUsers(services, desks);
        Properties connection = new Properties();
        connection.setProperty("url", settings.jdbcUrl());
        connection.setProperty("user", settings.user());
        connection.setProperty("password", settings.password());
        RaceDesk.write(dir.resolve("database.properties"), connection);
        List<Process> processes = new ArrayList<>();
        Map<String, RaceFigures> figures = new LinkedHashMap<>();
        try {
            for (int d = 1; d <= desks; d++) {
                processes.add(ChildJvm.start(RaceDesk.class, log(dir, d), List.of(), "--dir=" + dir, "--desk=" + d));
            }
            Properties store = RaceStore.prepare(services, desks, rounds);
            RaceDesk.write(dir.resolve("store.properties"), store);
            double prepared = seconds(t0);
            long t1 = System.nanoTime();
            for (int d = 1; d <= desks; d++) {
                awaitFile(dir.resolve("ready-" + d + ".properties"), processes, dir, 240);
            }
            double started = seconds(t1);
            long t2 = System.nanoTime();
            int signal = 0;
            for (String race : RaceDesk.races()) {
                RaceFigures race1 = new RaceFigures(race);
                figures.put(race, race1);
                for (int round = 1; round <= rounds; round++) {
                    signal++;
                    Properties go = new Properties();
                    go.setProperty("race", race);
                    go.setProperty("round", String.valueOf(round));
                    // the first round of a race loads its classes in every desk: more time to be ready
                    go.setProperty("startAtMillis", String.valueOf(System.currentTimeMillis()
                            + (round == 1 ? 3 : 1) * START_MARGIN_MS));
                    RaceDesk.write(dir.resolve("go-" + signal + ".properties"), go);
                    List<Attempt> attempts = new ArrayList<>();
                    for (int d = 1; d <= desks; d++) {
                        Path result = dir.resolve("result-" + signal + "-desk" + d + ".properties");
                        awaitFile(result, processes, dir, 180);
                        attempts.add(Attempt.read(d, BenchmarkFigures.read(result)));
                    }
                    check(race1, round, attempts, store, services);
                }
            }
            finalChecks(figures, services);
            Properties stop = new Properties();
            stop.setProperty("race", "stop");
            RaceDesk.write(dir.resolve("go-" + (signal + 1) + ".properties"), stop);
            for (Process p : processes) {
                p.waitFor(60, TimeUnit.SECONDS);
            }
            return new Report(database, desks, rounds, figures, prepared, started, seconds(t2));
        } finally {
            for (Process p : processes) {
                if (p.isAlive()) {
                    ChildJvm.killHard(p);
                }
            }
        }
    }

    private static Path log(Path dir, int desk) {
        return dir.resolve("desk-" + desk + ".log");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void awaitFile(Path file, List<Process> processes, Path dir, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!Files.exists(file)) {
            for (int i = 0; i < processes.size(); i++) {
                if (!processes.get(i).isAlive()) {
                    throw new IllegalStateException("desk " + (i + 1) + " ended (exit " + processes.get(i).exitValue()
                            + ") before " + file.getFileName() + "; its log:\n" + tail(log(dir, i + 1)));
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + file.getFileName() + " after " + seconds + " s");
            }
            Thread.sleep(5);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void check(RaceFigures f, int round, List<Attempt> attempts, Properties store, AppServices services) {
        attempts.forEach(f::add);
        long winners = attempts.stream().filter(Attempt::won).count();
        f.winnersPerRound.add((int) winners);
        long first = attempts.stream().mapToLong(Attempt::startedMicros).min().orElse(0);
        long last = attempts.stream().mapToLong(Attempt::startedMicros).max().orElse(0);
        f.spreadMs.add((last - first) / 1000.0);
        for (Attempt a : attempts) {
            if (a.outcome().equals("ERROR")) {
                f.violations.add("round " + round + ", desk " + a.desk() + " got an error instead of a message: "
                        + a.error());
            }
        }
        switch (f.race) {
            case "parts" -> checkParts(f, round, attempts, winners, store, services);
            case "bills" -> checkBills(f, round, attempts, winners, store, services);
            case "slots" -> checkSlots(f, round, attempts, winners, store, services);
            default -> throw new IllegalArgumentException(f.race);
        }
    }

    private static void checkParts(RaceFigures f, int round, List<Attempt> attempts, long winners, Properties store,
                                   AppServices services) {
        long part = Long.parseLong(store.getProperty("part." + round));
        if (winners != 1) {
            f.violations.add("round " + round + ": " + winners + " desks took the last unit");
        }
        refusedWith(f, round, attempts, PART_LOSER_KEYS);
        BigDecimal onHand = services.transactions().read(h -> h.createQuery(
                "SELECT COALESCE(SUM(on_hand), 0) FROM stock_balance WHERE part_id = :p").bind("p", part)
                .mapTo(BigDecimal.class).one());
        int outgoing = services.transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM stock_movement WHERE part_id = :p AND quantity < 0").bind("p", part)
                .mapTo(Integer.class).one());
        if (onHand.signum() < 0) {
            f.negatives++;
            f.violations.add("round " + round + ": on hand " + onHand.toPlainString());
        } else if (onHand.signum() != 0) {
            f.violations.add("round " + round + ": the last unit is still on hand (" + onHand.toPlainString() + ")");
        }
        if (outgoing != winners) {
            f.violations.add("round " + round + ": " + outgoing + " movements out for " + winners + " winners");
        }
        f.duplicates += Math.max(0, outgoing - 1);
    }

    private static void checkBills(RaceFigures f, int round, List<Attempt> attempts, long winners, Properties store,
                                   AppServices services) {
        if (winners != attempts.size()) {
            f.violations.add("round " + round + ": only " + winners + " of " + attempts.size()
                    + " desks settled their own order");
        }
        for (Attempt a : attempts) {
            if (a.outcome().equals("REFUSED")) {
                f.violations.add("round " + round + ", desk " + a.desk() + " was refused: " + a.key() + " " + a.en());
            }
            long order = Long.parseLong(store.getProperty("billOrder." + round + "." + a.desk()));
            int bills = services.transactions().read(h -> h.createQuery(
                    "SELECT COUNT(*) FROM bill WHERE repair_order_id = :o").bind("o", order).mapTo(Integer.class).one());
            if (a.won() && bills != 1) {
                f.violations.add("round " + round + ", desk " + a.desk() + ": " + bills + " bills for its order");
            }
        }
        numbering(f, round, services);
    }

    /** Every bill number of the year once, from 1 up without a hole. */
    private static void numbering(RaceFigures f, int round, AppServices services) {
        List<Integer> numbers = services.transactions().read(h -> h.createQuery(
                "SELECT sequence_no FROM bill WHERE invoice_year = :y ORDER BY sequence_no")
                .bind("y", LocalDate.now(services.clock()).getYear()).mapTo(Integer.class).list());
        long distinct = numbers.stream().distinct().count();
        int duplicates = (int) (numbers.size() - distinct);
        int gaps = numbers.isEmpty() ? 0 : (int) (numbers.get(numbers.size() - 1) - distinct);
        // counted once over the run: the figures of the latest round replace the earlier ones
        f.duplicates = duplicates;
        f.gaps = gaps;
        if (duplicates > 0 || gaps > 0) {
            f.violations.add("after round " + round + ": " + duplicates + " duplicate and " + gaps
                    + " missing bill numbers in " + numbers);
        }
    }

    private static void checkSlots(RaceFigures f, int round, List<Attempt> attempts, long winners, Properties store,
                                   AppServices services) {
        LocalDate day = LocalDate.parse(store.getProperty("day." + round));
        if (winners != 1) {
            f.violations.add("round " + round + ": " + winners + " desks got the last place of " + day + " "
                    + RaceStore.SLOT);
        }
        refusedWith(f, round, attempts, SLOT_LOSER_KEYS);
        int booked = services.transactions().read(h -> h.createQuery("""
                SELECT COUNT(*) FROM appointment WHERE visit_day = :d AND slot = :s AND status = 'BOOKED'
                """).bind("d", Date.valueOf(day)).bind("s", java.sql.Time.valueOf(RaceStore.SLOT)).mapTo(Integer.class).one());
        if (booked > RaceStore.CARS_PER_SLOT) {
            f.duplicates += booked - RaceStore.CARS_PER_SLOT;
            f.violations.add("round " + round + ": " + booked + " cars in a slot of " + RaceStore.CARS_PER_SLOT);
        } else if (booked != 1 + winners) {
            f.violations.add("round " + round + ": " + booked + " cars booked for " + winners + " winners");
        }
    }

    private static void refusedWith(RaceFigures f, int round, List<Attempt> attempts, Set<String> keys) {
        for (Attempt a : attempts) {
            if (a.outcome().equals("REFUSED") && !keys.contains(a.key())) {
                f.violations.add("round " + round + ", desk " + a.desk() + " was told " + a.key() + " (" + a.en() + ")");
            }
        }
    }

    /** The stock ledger as a whole: balances equal their movements and never went below zero. */
    private static void finalChecks(Map<String, RaceFigures> figures, AppServices services) {
        RaceFigures parts = figures.get("parts");
        int mismatches = services.transactions().read(h -> h.createQuery("""
                SELECT COUNT(*) FROM stock_balance s
                LEFT JOIN (SELECT part_id, bin_id, SUM(quantity) AS total FROM stock_movement GROUP BY part_id, bin_id) m
                  ON m.part_id = s.part_id AND m.bin_id = s.bin_id
                WHERE s.on_hand <> COALESCE(m.total, 0)
                """).mapTo(Integer.class).one());
        int negative = services.transactions().read(h -> h.createQuery("""
                SELECT COUNT(*) FROM (
                    SELECT SUM(quantity) OVER (PARTITION BY part_id, bin_id ORDER BY id) AS running FROM stock_movement) r
                WHERE running < 0
                """).mapTo(Integer.class).one());
        if (mismatches > 0) {
            parts.violations.add(mismatches + " balances differ from the sum of their movements");
        }
        if (negative > 0) {
            parts.negatives += negative;
            parts.violations.add(negative + " movements left a bin below zero");
        }
    }
}
