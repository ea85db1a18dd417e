package com.fours.workbench.customers;

import static com.fours.workbench.testing.BenchmarkFigures.percentile;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.db.Database;
import com.fours.workbench.db.DatabaseSettings;

/**
 * How fast the archive's fragment search returns its first page on an archive made by
 * {@link ArchiveGenerator}: the real {@link ArchiveSearch} over the real embedded H2 file, with a
 * service advisor logged in. The fragments are what advisors type, drawn from the archive itself
 * (pieces of plates, whole plates, the last four digits of a phone, whole mobile numbers, six
 * characters of a VIN, names, pinyin initials) plus some that match nothing. Prints p50/p95/p99 per kind and overall, and the same
 * for a plain {@code LIKE '%x%'} over the entries on a sample, for comparison.
 *
 * <pre>
 * java -cp ... com.fours.workbench.customers.ArchiveSearchBenchmark --dir=target/bench-archive/150000
 *      [--queries=2000] [--warmup=600] [--like-sample=60] [--seed=7] [--out=results.properties]
 *      [--h2-options=;CACHE_SIZE=16384]
 * </pre>
 * The figures are also written to {@code results.properties} (or {@code --out}) in the archive folder,
 * where bench/archive-search.sh reads them.
 */
public final class ArchiveSearchBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ArchiveSearchBenchmark.class);

    static final String RESULTS = "results.properties";

    /** What is typed, and how often in a day at the service desk (weights add up to 100). */
    enum Kind {
        PLATE_SHORT("粤B, A12", 10),
        PLATE_PIECE("4-6 of a plate", 20),
        PLATE_FULL("whole plate", 10),
        PHONE_TAIL("phone last 4", 18),
        PHONE_FULL("whole mobile", 5),
        VIN_PIECE("6 of a VIN", 12),
        NAME("name", 12),
        INITIALS("pinyin initials", 6),
        MISS("no match", 7);

        final String label;
        final int weight;

        Kind(String label, int weight) {
            this.label = label;
            this.weight = weight;
        }
    }

    record Query(Kind kind, String fragment) {
    }

    private record Sample(String plate, String vin, String name, String mobile) {
    }

    private final Database database;
    private final ArchiveSearch search;
    private final Random random;
    private final long lastEntry;

    ArchiveSearchBenchmark(Database database, ArchiveSearch search, long seed) {
        this.database = database;
        this.search = search;
        this.random = new Random(seed);
        this.lastEntry = database.transactions().read(handle ->
                handle.createQuery("SELECT MAX(id) FROM search_entry").mapTo(Long.class).one());
    }

    public static void main(String[] args) {
        Map<String, String> options = ArchiveGenerator.options(args);
        Path folder = Path.of(options.getOrDefault("dir", "target/bench-archive/150000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "2000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "600"));
        int likeSample = Integer.parseInt(options.getOrDefault("like-sample", "60"));
        long seed = Long.parseLong(options.getOrDefault("seed", "7"));
        if (!Files.exists(folder.resolve(ArchiveGenerator.MARKER))) {
            throw new IllegalStateException("No generated archive in " + folder + "; run ArchiveGenerator first");
        }
        Properties generated = ArchiveGenerator.read(folder.resolve(ArchiveGenerator.MARKER));
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        long opening = System.nanoTime();
        DatabaseSettings settings = ArchiveGenerator.settings(folder);
        String extra = options.getOrDefault("h2-options", "");
        if (!extra.isEmpty()) {
            // for trying settings out, e.g. --h2-options=;CACHE_SIZE=16384 (replaces the setting's own value)
            String url = settings.jdbcUrl();
            for (String option : extra.substring(1).split(";")) {
                url = url.replaceAll(";" + option.substring(0, option.indexOf('=')) + "=[^;]*", "") + ";" + option;
            }
            settings = new DatabaseSettings(url, settings.user(), settings.password(), settings.description() + extra);
        }
        Database database = Database.open(settings);
        try (AppServices services = new AppServices(database, false, folder, clock)) {
            services.authentication().login(ArchiveGenerator.ADVISOR, ArchiveGenerator.ADVISOR_PASSWORD.toCharArray());
            log.info("Archive of {} customers and {} vehicles open in {} ms", generated.getProperty("customers"),
                    generated.getProperty("vehicles"), (System.nanoTime() - opening) / 1_000_000);
            ArchiveSearchBenchmark benchmark = new ArchiveSearchBenchmark(database, services.archiveSearch(), seed);
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Properties results = benchmark.run(queries, warmup, likeSample);
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            log.info("System load average {} before, {} after ({} cores)", loadBefore, loadAfter,
                    Runtime.getRuntime().availableProcessors());
            results.setProperty("load", String.format(Locale.ROOT, "%.1f-%.1f", loadBefore, loadAfter));
            results.setProperty("customers", generated.getProperty("customers"));
            results.setProperty("vehicles", generated.getProperty("vehicles"));
            results.setProperty("generation.seconds", generated.getProperty("seconds"));
            results.setProperty("database.bytes", String.valueOf(folder.resolve(ArchiveGenerator.DATABASE_NAME + ".mv.db")
                    .toFile().length()));
            ArchiveGenerator.write(folder.resolve(options.getOrDefault("out", RESULTS)), results);
        }
    }

    Properties run(int queries, int warmup, int likeSample) {
        List<Query> warm = queries(warmup);
        long warmStarted = System.nanoTime();
        for (Query query : warm) {
            search.search(query.fragment());
        }
        log.info("Warm-up: {} searches in {} ms", warm.size(), (System.nanoTime() - warmStarted) / 1_000_000);

        List<Query> timed = queries(queries);
        Map<Kind, List<Double>> byKind = new EnumMap<>(Kind.class);
        List<Double> all = new ArrayList<>();
        int emptyButShouldNot = 0;
        for (Query query : timed) {
            long started = System.nanoTime();
            SearchResult result = search.search(query.fragment());
            double ms = (System.nanoTime() - started) / 1e6;
            all.add(ms);
            byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(ms);
            if (query.kind() != Kind.MISS && result.hits().isEmpty()) {
                emptyButShouldNot++;
            }
        }
        Properties results = new Properties();
        log.info(String.format("%-16s %-16s %6s %8s %8s %8s %8s", "fragment kind", "e.g.", "n", "p50 ms", "p95 ms",
                "p99 ms", "max ms"));
        for (Kind kind : Kind.values()) {
            List<Double> times = byKind.getOrDefault(kind, List.of());
            if (!times.isEmpty()) {
                String example = timed.stream().filter(q -> q.kind() == kind).findFirst().map(Query::fragment).orElse("");
                report(results, "kind." + kind.name().toLowerCase(Locale.ROOT), kind.label, example, times);
            }
        }
        report(results, "overall", "overall", "", all);
        List<Integer> slowest = new ArrayList<>();
        for (int i = 0; i < timed.size(); i++) {
            slowest.add(i);
        }
        slowest.sort((a, b) -> Double.compare(all.get(b), all.get(a)));
        StringBuilder slow = new StringBuilder();
        for (int i : slowest.subList(0, Math.min(10, slowest.size()))) {
            slow.append(String.format(Locale.ROOT, " %s %.1f ms,", timed.get(i).fragment(), all.get(i)));
        }
        log.info("Slowest:{}", slow.substring(0, Math.max(0, slow.length() - 1)));
        if (emptyButShouldNot > 0) {
            log.warn("{} fragments taken from the archive found nothing", emptyButShouldNot);
        }
        results.setProperty("emptyButShouldNot", String.valueOf(emptyButShouldNot));
        like(timed, likeSample, results);
        return results;
    }

    /** The baseline: the first page straight from a LIKE '%x%' over every entry, on every n-th timed fragment. */
    private void like(List<Query> timed, int sample, Properties results) {
        if (sample <= 0) {
            return;
        }
        List<Query> chosen = new ArrayList<>();
        for (int i = 0; i < sample; i++) {
            chosen.add(timed.get((int) ((long) i * timed.size() / sample)));
        }
        like(chosen.get(0).fragment());
        List<Double> times = new ArrayList<>();
        Map<Query, List<Long>> found = new LinkedHashMap<>();
        for (Query query : chosen) {
            long started = System.nanoTime();
            found.put(query, like(query.fragment()));
            times.add((System.nanoTime() - started) / 1e6);
        }
        int[] compared = new int[1];
        List<String> disagreements = disagreements(found, compared);
        disagreements.forEach(log::warn);
        int agree = compared[0] - disagreements.size();
        report(results, "like", "LIKE '%x%' scan", "", times);
        results.setProperty("like.agree", agree + "/" + compared[0]);
        log.info("Index search and LIKE found the same entries for {} of {} fragments with a complete first page",
                agree, compared[0]);
    }

    /**
     * The fragments for which the index search and a LIKE over every entry disagree, among those
     * whose LIKE result fits on one page (so both must be complete); {@code compared[0]} is set to
     * how many were compared. A two-character fragment may find less than LIKE, never more.
     */
    List<String> disagreements(Map<Query, List<Long>> foundByLike, int[] compared) {
        List<String> disagreements = new ArrayList<>();
        compared[0] = 0;
        for (Map.Entry<Query, List<Long>> like : foundByLike.entrySet()) {
            Query query = like.getKey();
            List<Long> ids = like.getValue();
            if (ids.size() > ArchiveSearch.PAGE) {
                continue;
            }
            compared[0]++;
            Set<String> byLike = new HashSet<>(database.transactions().read(handle -> ids.isEmpty() ? List.<String>of()
                    : handle.createQuery("SELECT customer_id || '/' || COALESCE(vehicle_id, 0) FROM search_entry "
                            + "WHERE id IN (<ids>)").bindList("ids", ids).mapTo(String.class).list()));
            Set<String> byIndex = new HashSet<>();
            for (SearchHit hit : search.search(query.fragment()).hits()) {
                byIndex.add(hit.customerId() + "/" + (hit.vehicleId() == null ? 0 : hit.vehicleId()));
            }
            // two characters are looked up in plates, names and initials only, not inside VINs and phones
            boolean pairsOnly = SearchText.normalise(query.fragment()).length() < 3;
            if (pairsOnly ? !byLike.containsAll(byIndex) : !byLike.equals(byIndex)) {
                disagreements.add("'" + query.fragment() + "' (" + query.kind() + "): LIKE finds " + byLike
                        + ", the index " + byIndex);
            }
        }
        return disagreements;
    }

    /** The first page (and one more) of entries whose text holds the fragment, by a LIKE scan. */
    List<Long> like(String fragment) {
        String pattern = "%" + SearchText.normalise(fragment) + "%";
        return database.transactions().read(handle -> handle.createQuery(
                "SELECT id FROM search_entry WHERE haystack LIKE :pattern ORDER BY id LIMIT :limit")
                .bind("pattern", pattern).bind("limit", ArchiveSearch.PAGE + 1).mapTo(Long.class).list());
    }

    private static void report(Properties results, String key, String label, String example, List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double p50 = percentile(sorted, 50);
        double p95 = percentile(sorted, 95);
        double p99 = percentile(sorted, 99);
        log.info(String.format(Locale.ROOT, "%-16s %-16s %6d %8.2f %8.2f %8.2f %8.2f", label, example, sorted.length,
                p50, p95, p99, sorted[sorted.length - 1]));
        results.setProperty(key + ".n", String.valueOf(sorted.length));
        results.setProperty(key + ".p50", String.format(Locale.ROOT, "%.2f", p50));
        results.setProperty(key + ".p95", String.format(Locale.ROOT, "%.2f", p95));
        results.setProperty(key + ".p99", String.format(Locale.ROOT, "%.2f", p99));
        results.setProperty(key + ".max", String.format(Locale.ROOT, "%.2f", sorted[sorted.length - 1]));
    }

    List<Query> queries(int count) {
        List<Query> queries = new ArrayList<>();
        int total = Arrays.stream(Kind.values()).mapToInt(k -> k.weight).sum();
        while (queries.size() < count) {
            int pick = random.nextInt(total);
            Kind kind = Kind.values()[0];
            for (Kind k : Kind.values()) {
                if (pick < k.weight) {
                    kind = k;
                    break;
                }
                pick -= k.weight;
            }
            String fragment = fragment(kind);
            if (fragment != null) {
                queries.add(new Query(kind, fragment));
            }
        }
        return queries;
    }

    private String fragment(Kind kind) {
        return switch (kind) {
            case PLATE_SHORT -> {
                String plate = withPlate().plate();
                yield random.nextBoolean() ? plate.substring(0, 2) : typedCase(plate.substring(1, 4));
            }
            case PLATE_PIECE -> {
                String serial = withPlate().plate().substring(1);
                int length = 4 + random.nextInt(Math.min(3, serial.length() - 3));
                int from = random.nextInt(serial.length() - length + 1);
                yield typedCase(serial.substring(from, from + length));
            }
            case PLATE_FULL -> {
                String plate = withPlate().plate();
                yield random.nextInt(3) == 0 ? typedCase(plate.substring(0, 2) + "·" + plate.substring(2)) : plate;
            }
            case PHONE_TAIL -> {
                String mobile = any().mobile();
                yield mobile.substring(mobile.length() - 4);
            }
            case PHONE_FULL -> {
                String mobile = any().mobile();
                yield random.nextBoolean() ? mobile
                        : mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
            }
            case VIN_PIECE -> {
                String vin = withVin().vin();
                int from = random.nextInt(vin.length() - 5);
                yield typedCase(vin.substring(from, from + 6));
            }
            case NAME -> {
                String name = any().name();
                if (name.length() <= 3) {
                    yield name;
                }
                int length = 2 + random.nextInt(3);
                int from = random.nextInt(name.length() - length + 1);
                yield name.substring(from, from + length);
            }
            case INITIALS -> {
                String initials = PinyinInitials.of(any().name());
                yield initials.length() < 2 ? null : initials.substring(0, Math.min(initials.length(), 4))
                        .toLowerCase(Locale.ROOT);
            }
            case MISS -> miss();
        };
    }

    /**
     * Something of a realistic shape that is in no entry: a mistyped phone (seven digits, made of
     * grams that are everywhere), a plate with a wrong letter, a VIN piece. Checked by searching it.
     */
    private String miss() {
        String candidate = switch (random.nextInt(3)) {
            case 0 -> digits(7);
            case 1 -> "粤" + "ABES".charAt(random.nextInt(4)) + "Z" + digits(4);
            default -> {
                String chars = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
                StringBuilder piece = new StringBuilder();
                for (int i = 0; i < 6; i++) {
                    piece.append(chars.charAt(random.nextInt(chars.length())));
                }
                yield piece.toString();
            }
        };
        return search.search(candidate).hits().isEmpty() ? candidate : null;
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    /** Advisors type lower case about half of the time; the search must not care. */
    private String typedCase(String text) {
        return random.nextBoolean() ? text.toLowerCase(Locale.ROOT) : text;
    }

    private Sample withPlate() {
        return until(() -> {
            Sample s = any();
            return s.plate() == null ? null : s;
        });
    }

    private Sample withVin() {
        return until(() -> {
            Sample s = any();
            return s.vin() == null ? null : s;
        });
    }

    private static <T> T until(Supplier<T> attempt) {
        while (true) {
            T value = attempt.get();
            if (value != null) {
                return value;
            }
        }
    }

    private Sample any() {
        long id = 1 + (long) (random.nextDouble() * lastEntry);
        return database.transactions().read(handle -> handle.createQuery("""
                        SELECT v.plate, v.vin, c.name, c.mobile FROM search_entry e
                        JOIN customer c ON c.id = e.customer_id LEFT JOIN vehicle v ON v.id = e.vehicle_id
                        WHERE e.id = :id""")
                .bind("id", id).map((rs, ctx) -> new Sample(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).findOne()).orElseGet(this::any);
    }
}
