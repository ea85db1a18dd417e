package com.fours.workbench.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo database built at build time (decisions 0085, 0091): the H2 file of a demo filled on day B,
 * migrated and filled, shipped gzipped in the jar. The first start copies it into the data folder
 * before the database opens and moves it to today T with set-based UPDATEs: every date and time by
 * the whole days T - B, and the day inside every number that carries one (RO20261206-0001, PO..., TS...,
 * CM...); numbers per year (bills JS2026-000001, certificates JG2026-000001) are given again per year,
 * in their order, when the move crosses a new year. Flyway then finds nothing to run.
 */
public final class DemoTemplate {

    private static final Logger log = LoggerFactory.getLogger(DemoTemplate.class);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Where the build puts it (pom.xml, execution build-demo-template), inside the jar. */
    public static final String RESOURCE = "/demo/demo-database.mv.db.gz";
    /** The day it was filled on and the zone of that day, beside it. */
    public static final String HEADER = "/demo/demo-database.properties";
    static final String ZONE = "zone";
    static final String DAY = "day";
    /** The text columns (table.column) that hold a day or a dated number: the only ones a move reads. */
    static final String TEXTS = "texts";
    /** The earliest time with a zone in the template: from it on, a zone without transitions has one offset. */
    static final String EARLIEST = "earliest";
    /** The digest of the migrations that made it ({@link MigrationFiles}, decision 0130). */
    static final String MIGRATIONS = "migrations";

    /** Numbers with the day they were issued on: repair orders, purchase orders, complaints, gate passes. */
    private static final Pattern DATED_NUMBER = Pattern.compile("(?<![A-Za-z0-9])(RO|PO|TS|CM)(20\\d{6})-");
    /** A day written in a text (an intake sheet's promised time, its signed snapshot, an audit row). */
    private static final Pattern ISO_DAY = Pattern.compile("(?<![0-9])(20\\d\\d-\\d\\d-\\d\\d)(?![0-9])");
    private static final Pattern YEAR_NUMBER = Pattern.compile("(?<![A-Za-z0-9])(JS|JG|XS|XD)20\\d\\d-\\d{6}(?![0-9])");
    /** What {@link #DATED_NUMBER}, {@link #ISO_DAY} and {@link #YEAR_NUMBER} may find, for a WHERE (H2's REGEXP). */
    private static final String ANY_DAY_IN_TEXT = "20[0-9]{2}-[0-9]{2}-[0-9]{2}|(RO|PO|TS|CM)20[0-9]{6}-|(JS|JG|XS|XD)20[0-9]{2}-[0-9]{6}";
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    /** Never moved: Flyway's record of the schema; the change feed's log is emptied (it only tells open workstations). */
    private static final List<String> LEFT_ALONE = List.of("flyway_schema_history", "change_log");
    /** The workbench's H2 settings ({@code DatabaseSettings}), for a file no other process has open. */
    private static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private DemoTemplate() {
    }

    /** The gzipped H2 file and the day and zone it was filled in, as the build writes them. */
    public record Source(LocalDate builtOn, ZoneId builtIn, List<String> texts, Optional<Instant> earliest,
                         Optional<String> migrations, InputStreamSupplier file) {

        /** The template in this build's classes, if there is one (a build from an IDE without the step has none). */
        public static Optional<Source> shipped() {
            InputStream header = DemoTemplate.class.getResourceAsStream(HEADER);
            if (header == null || DemoTemplate.class.getResource(RESOURCE) == null) {
                return Optional.empty();
            }
            return Optional.of(read(header, () -> DemoTemplate.class.getResourceAsStream(RESOURCE)));
        }

        /** The template written by {@link #pack} into {@code folder}. */
        public static Source in(Path folder) {
            try {
                return read(Files.newInputStream(folder.resolve(HEADER.substring(1))),
                        () -> Files.newInputStream(folder.resolve(RESOURCE.substring(1))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Source read(InputStream header, InputStreamSupplier file) {
            Properties values = new Properties();
            try (Reader in = new java.io.InputStreamReader(header, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("The demo template's header cannot be read", e);
            }
            String texts = values.getProperty(TEXTS, "");
            return new Source(LocalDate.parse(values.getProperty(DAY)), ZoneId.of(values.getProperty(ZONE)),
                    texts.isEmpty() ? List.of() : List.of(texts.split(",")),
                    Optional.ofNullable(values.getProperty(EARLIEST)).map(Instant::parse),
                    Optional.ofNullable(values.getProperty(MIGRATIONS)), file);
        }
    }

    public interface InputStreamSupplier {
        InputStream open() throws IOException;
    }

    /**
     * The build's step: the closed H2 file {@code database} of a demo filled on {@code day} in
     * {@code zone}, compacted and gzipped into {@code classes} with its header.
     */
    public static void pack(Path database, LocalDate day, ZoneId zone, Path classes) {
        List<String> texts = new ArrayList<>();
        Instant earliest = null;
        // compacted as the last connection closes (the file shrinks to what the rows need)
        try (Handle handle = Jdbi.create("jdbc:h2:file:" + base(database) + OPTIONS + ";MAX_COMPACT_TIME=60000", "sa", "").open()) {
            for (String[] column : columns(handle)) {
                if (column[2].startsWith("CHARACTER") && handle.createQuery("SELECT COUNT(*) FROM " + column[0] + " WHERE "
                        + column[1] + " REGEXP '" + ANY_DAY_IN_TEXT + "'").mapTo(Long.class).one() > 0) {
                    texts.add(column[0] + "." + column[1]);
                }
                if (column[2].equals("TIMESTAMP WITH TIME ZONE")) {
                    OffsetDateTime first = handle.createQuery("SELECT MIN(" + column[1] + ") FROM " + column[0])
                            .mapTo(OffsetDateTime.class).one();
                    if (first != null && (earliest == null || first.toInstant().isBefore(earliest))) {
                        earliest = first.toInstant();
                    }
                }
            }
            handle.execute("DELETE FROM change_log");
        }
        Path file = classes.resolve(RESOURCE.substring(1));
        Path header = classes.resolve(HEADER.substring(1));
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                Files.copy(database, out);
            }
            Properties values = new Properties();
            values.setProperty(DAY, day.toString());
            values.setProperty(ZONE, zone.getId());
            values.setProperty(TEXTS, String.join(",", texts));
            if (earliest != null) {
                values.setProperty(EARLIEST, earliest.toString());
            }
            // the migrations that made it: the class path of the build that filled it
            MigrationFiles.digest().ifPresent(digest -> values.setProperty(MIGRATIONS, digest));
            try (var out = Files.newBufferedWriter(header, StandardCharsets.UTF_8)) {
                values.store(out, "the demo database's day and zone (decision 0091)");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first start's way (decisions 0091, 0116): when the demo's H2 file does not exist yet (or a copy
     * was cut off, {@link #copyPending}) and this build ships a template, the template is unpacked there,
     * opened once by the pool the app keeps and moved to today through it. A template made by other
     * migrations than this class path's (a run from an IDE with a template older than the migrations) is
     * checked by Flyway, and when its schema is not exactly this build's, the copy is thrown away and the
     * demo opens empty, to be filled (decision 0130). Anything else opens as usual.
     */
    public static Database open(DatabaseSettings settings, Clock clock, Optional<Source> template) {
        return open(settings, clock, template, done -> { });
    }

    /** {@code progress} is told how much of a copy is done, from 0 to 1, as each part ends (decision 0130). */
    public static Database open(DatabaseSettings settings, Clock clock, Optional<Source> template,
                                java.util.function.DoubleConsumer progress) {
        Optional<Path> file = settings.embeddedFile();
        if (file.isEmpty() || template.isEmpty() || !copyPending(file.get())) {
            return Database.open(settings);
        }
        Parts parts = new Parts(progress);
        Path marker = marker(file.get());
        try {
            Files.createDirectories(file.get().toAbsolutePath().getParent());
            // written before the file and deleted once the move is committed: a copy cut off by a crash is
            // made again at the next start, so nobody ever opens a half-moved demo (decision 0091's rule)
            Files.writeString(marker, template.get().builtOn().toString());
            Files.deleteIfExists(file.get());
            try (InputStream in = new GZIPInputStream(template.get().file().open(), 1 << 16)) {
                Files.copy(in, file.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The demo template cannot be copied to " + file.get(), e);
        }
        parts.mark("unpack");
        Optional<Database> copied;
        try {
            // made by this build's migrations: Flyway would find exactly them applied (decision 0130)
            boolean sameMigrations = template.get().migrations().isPresent()
                    && template.get().migrations().equals(MigrationFiles.digest());
            parts.mark("digest");
            copied = Database.openIfUpToDate(settings, !sameMigrations, parts::mark);
            if (copied.isPresent()) {
                try {
                    copied.get().moveOnOneConnection(handle -> moveToToday(handle, template.get(), LocalDate.now(clock),
                            clock.getZone(), parts));
                    Files.delete(marker);
                } catch (IOException | RuntimeException e) {
                    copied.get().close();
                    throw e;
                }
            }
        } catch (IOException | RuntimeException e) {
            discard(file.get());
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        log.info("Demo template copied in {} ms ({} ms of CPU; {}), from {} to {}", parts.wall(), parts.cpu(), parts,
                template.get().builtOn(), LocalDate.now(clock));
        if (copied.isPresent()) {
            return copied.get();
        }
        log.info("The demo template's schema is not this build's: the demo is filled");
        discard(file.get());
        return Database.open(settings);
    }

    /**
     * The demo's file at {@code demoFile} is still to be copied from the template: it does not exist, or a
     * copy into it was begun and not finished (the marker beside it is left).
     */
    public static boolean copyPending(Path demoFile) {
        return Files.notExists(demoFile) || Files.exists(marker(demoFile));
    }

    private static Path marker(Path demoFile) {
        return demoFile.resolveSibling(demoFile.getFileName() + ".copying");
    }

    private static void discard(Path demoFile) {
        try {
            Files.deleteIfExists(demoFile);
            Files.deleteIfExists(marker(demoFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The wall and thread CPU time of each part of a copy, for the log and bench/first-start.sh (the
     * next one to speed it up sees where it goes), and the whole process's CPU over the same time: the
     * copy's wall beyond its own CPU is spent waiting for a core when the process used both meanwhile.
     */
    static final class Parts {
        private final long started = System.nanoTime();
        private final long cpuStarted = CPU.getCurrentThreadCpuTime();
        private final long processStarted = processCpu();
        private final long gcStarted = gcMillis();
        /**
         * How much of a copy is done once each part has ended, in proportion to its parts' usual wall times on a
         * counter PC's two cores (bench/first-start.sh), for the window's progress bar.
         */
        private static final Map<String, Double> DONE_AFTER = Map.of("unpack", 0.03, "digest", 0.06, "pool", 0.33,
                "migrations", 0.34, "flyway", 0.45, "renumber", 0.58, "dates", 0.92, "texts", 0.96, "numbers", 1.0);
        private final StringBuilder text = new StringBuilder();
        private final java.util.function.DoubleConsumer progress;
        private long last = started;
        private long cpuLast = cpuStarted;

        Parts(java.util.function.DoubleConsumer progress) {
            this.progress = progress;
        }

        void mark(String part) {
            progress.accept(DONE_AFTER.getOrDefault(part, 0.0));
            long now = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            text.append(text.length() == 0 ? "" : ", ").append(part).append(' ').append((now - last) / 1_000_000)
                    .append('/').append((cpu - cpuLast) / 1_000_000);
            last = now;
            cpuLast = cpu;
        }

        long wall() {
            return (last - started) / 1_000_000;
        }

        long cpu() {
            return (cpuLast - cpuStarted) / 1_000_000;
        }

        /**
         * The process's CPU in nanoseconds, from java.base: com.sun.management's bean is in jdk.management,
         * which the installer's runtime does not link, and asking it failed every installed first start.
         */
        private static long processCpu() {
            return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
        }

        @Override
        public String toString() {
            return "parts ms wall/CPU: " + text + "; meanwhile the process " + (processCpu() - processStarted) / 1_000_000
                    + " ms of CPU on " + Runtime.getRuntime().availableProcessors() + " cores, GC " + (gcMillis() - gcStarted) + " ms";
        }
    }

    private static String base(Path mvDb) {
        String name = mvDb.toAbsolutePath().toString();
        return name.substring(0, name.length() - ".mv.db".length());
    }

    /**
     * Moves a database filled on {@code builtOn} in {@code builtIn} to {@code today} in {@code zone}, one
     * UPDATE per table, or the table written anew from 500 rows on ({@link TableRebuild}, decision 0122):
     * DATE and TIMESTAMP by the whole days, TIMESTAMP WITH TIME ZONE to the same
     * wall-clock time those days later in {@code zone}, texts by {@link #movedText}; then the per-year
     * numbers, their counters and New Year's Day. Each statement commits on its own: the file is a copy
     * nobody sees until it is renamed into place, so a failed or cut-off move is thrown away whole, and
     * one transaction over every row had H2 write its undo log out and read it back to commit (decision 0099).
     */
    static void moveToToday(Handle handle, Source template, LocalDate today, ZoneId zone) {
        moveToToday(handle, template, today, zone, new Parts(done -> { }));
    }

    private static void moveToToday(Handle handle, Source template, LocalDate today, ZoneId zone, Parts parts) {
        long days = ChronoUnit.DAYS.between(template.builtOn(), today);
        ZoneId builtIn = template.builtIn();
        long started = System.nanoTime();
        Map<String, String> renumbered = renumbered(handle, days, builtIn);
        String numbers = encode(renumbered);
        List<String[]> columns = columns(handle);
        parts.mark("renumber");
        // a key that is a date (a cash day's counts refer to its close) moves in both tables, one after the other
        handle.execute("SET REFERENTIAL_INTEGRITY FALSE");
        // two zones each with one offset over the demo's times: the wall-clock move is a shift by whole seconds
        Optional<Long> seconds = fixedShift(template, days, zone);
        boolean function = seconds.isEmpty() && !(days == 0 && builtIn.equals(zone));
        if (function) {
            handle.execute("CREATE ALIAS demo_moved_at FOR '" + DemoTemplate.class.getName() + ".movedAt'");
        }
        handle.execute("CREATE ALIAS demo_moved_text FOR '" + DemoTemplate.class.getName() + ".movedText'");
        Map<String, Map<String, String>> byTable = new LinkedHashMap<>();
        for (String[] column : columns) {
            String moved = switch (column[2]) {
                case "DATE", "TIMESTAMP" -> days == 0 ? null : "DATEADD(DAY, " + days + ", " + column[1] + ")";
                case "TIMESTAMP WITH TIME ZONE" -> seconds.isPresent()
                        ? (seconds.get() == 0 ? null : "DATEADD(SECOND, " + seconds.get() + ", " + column[1] + ")")
                        : !function ? null
                        : "demo_moved_at(" + column[1] + ", " + days + ", '" + builtIn.getId() + "', '" + zone.getId() + "')";
                default -> null;
            };
            if (moved != null) {
                byTable.computeIfAbsent(column[0], t -> new LinkedHashMap<>()).put(column[1], moved);
            }
        }
        // the large tables (the stock history, the bookings) are written anew, the rest with one UPDATE per table,
        // every such column at once
        Map<String, Map<String, String>> rebuilt = new LinkedHashMap<>(byTable);
        rebuilt.keySet().retainAll(large(handle));
        TableRebuild.moved(handle, rebuilt);
        for (Map.Entry<String, Map<String, String>> table : byTable.entrySet()) {
            if (!rebuilt.containsKey(table.getKey())) {
                handle.execute("UPDATE " + table.getKey() + " SET " + String.join(", ", table.getValue().entrySet().stream()
                        .map(c -> c.getKey() + " = " + c.getValue()).toList()));
            }
        }
        long dated = System.nanoTime();
        parts.mark("dates");
        // texts: the columns that hold a day or a number in the template, only the rows that do
        if (days != 0 || !renumbered.isEmpty()) {
            for (String text : template.texts()) {
                String[] column = text.split("\\.");
                handle.createUpdate("UPDATE " + column[0] + " SET " + column[1] + " = demo_moved_text(" + column[1]
                        + ", :days, :numbers) WHERE " + column[1] + " REGEXP :pattern")
                        .bind("days", days).bind("numbers", numbers).bind("pattern", ANY_DAY_IN_TEXT).execute();
            }
        }
        parts.mark("texts");
        yearNumbers(handle, "bill", "invoice_year", "invoice_counter");
        partsSaleCounters(handle);
        yearNumbers(handle, "qc_certificate", "cert_year", "qc_certificate_counter");
        // New Year's Day (元旦) is the one date of the demo that is not relative to today: the next one; a day the
        // move took onto it (the worked Sunday, some starts in December) gives way, or the start failed on its key
        LocalDate newYear = LocalDate.of(today.getYear() + 1, 1, 1);
        handle.createUpdate("DELETE FROM store_calendar_day WHERE cal_day = :day AND name <> '元旦'").bind("day", newYear).execute();
        handle.createUpdate("UPDATE store_calendar_day SET cal_day = :day WHERE name = '元旦'").bind("day", newYear).execute();
        // the triggers logged the move: no workstation has the database open, nothing to tell
        handle.execute("DELETE FROM change_log");
        if (function) {
            handle.execute("DROP ALIAS demo_moved_at");
        }
        handle.execute("DROP ALIAS demo_moved_text");
        handle.execute("SET REFERENTIAL_INTEGRITY TRUE");
        parts.mark("numbers");
        log.info("Demo moved by {} days ({}): dates and times in {} ms, texts and numbers in {} ms", days,
                seconds.map(s -> "times by " + s + " s").orElse(function ? "times per zone rules" : "times unchanged"),
                (dated - started) / 1_000_000, (System.nanoTime() - dated) / 1_000_000);
    }

    /**
     * The seconds that take every time of the template to the same wall-clock time {@code days} later in
     * {@code zone}, when that is one number: the template's zone and {@code zone} each keep one offset from
     * the template's earliest time on (Asia/Shanghai, UTC); empty for a zone with summer time.
     */
    static Optional<Long> fixedShift(Source template, long days, ZoneId zone) {
        if (template.earliest().isEmpty()) {
            return Optional.empty();
        }
        Instant from = template.earliest().get();
        Instant movedFrom = from.plus(Math.min(days, 0), ChronoUnit.DAYS);
        if (template.builtIn().getRules().nextTransition(from) != null || zone.getRules().nextTransition(movedFrom) != null) {
            return Optional.empty();
        }
        int builtOffset = template.builtIn().getRules().getOffset(from).getTotalSeconds();
        int offset = zone.getRules().getOffset(movedFrom).getTotalSeconds();
        return Optional.of(days * 86_400 + builtOffset - offset);
    }

    /**
     * The tables of {@link #LARGE} rows or more: an UPDATE rewrites each row in place (H2 keeps the old one for
     * the undo log and replaces it in the primary index), several times the CPU of writing the table anew,
     * JIT included (decision 0122).
     */
    private static java.util.Set<String> large(Handle handle) {
        return new java.util.HashSet<>(handle.createQuery("SELECT LOWER(table_name) FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND row_count_estimate >= :rows")
                .bind("rows", LARGE).mapTo(String.class).list());
    }

    /** Decision 0122: from this many rows a table's move writes it anew (the stock history and the bookings). */
    static final int LARGE = 500;

    /** Every column of the tables a move changes that may hold a day: table, column, type (upper case). */
    private static List<String[]> columns(Handle handle) {
        return handle.createQuery("SELECT table_name, column_name, UPPER(data_type) FROM information_schema.columns "
                        + "WHERE table_schema = 'public' AND UPPER(data_type) IN ('DATE', 'TIMESTAMP', 'TIMESTAMP WITH TIME ZONE', "
                        + "'CHARACTER VARYING', 'CHARACTER LARGE OBJECT') ORDER BY table_name, ordinal_position")
                .map(row -> new String[] {row.getColumn(1, String.class).toLowerCase(java.util.Locale.ROOT),
                        row.getColumn(2, String.class).toLowerCase(java.util.Locale.ROOT), row.getColumn(3, String.class)})
                .stream().filter(c -> !LEFT_ALONE.contains(c[0])).toList();
    }

    /**
     * Bills and certificates are numbered without gaps per year, in the order they were issued: when
     * the move takes some into the next year, that year's are numbered again from 1 and the earlier
     * year's keep theirs. Old number to new number (only those that change), read before the move.
     */
    private static Map<String, String> renumbered(Handle handle, long days, ZoneId builtIn) {
        Map<String, String> renumbered = new HashMap<>();
        for (String series : List.of("JS", "XS")) {
            renumber(handle.createQuery("SELECT number, business_day FROM bill WHERE series = :series ORDER BY number")
                    .bind("series", series)
                    .map(row -> Map.entry(row.getColumn(1, String.class), row.getColumn(2, LocalDate.class))).list(),
                    series, days, renumbered);
        }
        renumber(handle.createQuery("SELECT number, created_at FROM parts_sale ORDER BY number")
                .map(row -> Map.entry(row.getColumn(1, String.class),
                        row.getColumn(2, OffsetDateTime.class).atZoneSameInstant(builtIn).toLocalDate())).list(),
                "XD", days, renumbered);
        renumber(handle.createQuery("SELECT number, issued_at FROM qc_certificate ORDER BY number")
                .map(row -> Map.entry(row.getColumn(1, String.class),
                        row.getColumn(2, OffsetDateTime.class).atZoneSameInstant(builtIn).toLocalDate())).list(),
                "JG", days, renumbered);
        renumbered.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return renumbered;
    }

    /** {@code issued}: each number and its day, in the order of the numbers. */
    private static void renumber(List<Map.Entry<String, LocalDate>> issued, String prefix, long days,
                                 Map<String, String> renumbered) {
        Map<Integer, Integer> lastOfYear = new HashMap<>();
        for (Map.Entry<String, LocalDate> number : issued) {
            int year = number.getValue().plusDays(days).getYear();
            int sequence = lastOfYear.merge(year, 1, Integer::sum);
            renumbered.put(number.getKey(), String.format("%s%d-%06d", prefix, year, sequence));
        }
    }

    /** The year and sequence columns follow the (already rewritten) number, and each year's counter its last. */
    private static void yearNumbers(Handle handle, String table, String yearColumn, String counter) {
        handle.execute("UPDATE " + table + " SET " + yearColumn + " = CAST(SUBSTRING(number, 3, 4) AS INTEGER), "
                + "sequence_no = CAST(SUBSTRING(number, 8) AS INTEGER)");
        handle.execute("DELETE FROM " + counter);
        handle.execute("INSERT INTO " + counter + " (" + yearColumn + ", last_number) SELECT " + yearColumn
                + ", MAX(sequence_no) FROM " + table + ("bill".equals(table) ? " WHERE series = 'JS'" : "")
                + " GROUP BY " + yearColumn);
    }

    /** The parts sales' counters (bills XS, orders XD) follow their (already rewritten) numbers. */
    private static void partsSaleCounters(Handle handle) {
        handle.execute("DELETE FROM parts_sale_counter");
        handle.execute("INSERT INTO parts_sale_counter (series, counter_year, last_number) SELECT 'XS', invoice_year, "
                + "MAX(sequence_no) FROM bill WHERE series = 'XS' GROUP BY invoice_year");
        handle.execute("INSERT INTO parts_sale_counter (series, counter_year, last_number) SELECT 'XD', "
                + "CAST(SUBSTRING(number, 3, 4) AS INTEGER), MAX(CAST(SUBSTRING(number, 8) AS INTEGER)) FROM parts_sale "
                + "GROUP BY CAST(SUBSTRING(number, 3, 4) AS INTEGER)");
    }

    private static String encode(Map<String, String> renumbered) {
        StringBuilder out = new StringBuilder();
        renumbered.forEach((from, to) -> out.append(from).append('=').append(to).append(';'));
        return out.toString();
    }

    /** The last renumbering decoded, as H2 calls {@link #movedText} once per row with the same text. */
    private static volatile Map.Entry<String, Map<String, String>> decoded = Map.entry("", Map.of());

    private static Map<String, String> decode(String numbers) {
        Map.Entry<String, Map<String, String>> last = decoded;
        if (last.getKey().equals(numbers)) {
            return last.getValue();
        }
        Map<String, String> map = new HashMap<>();
        for (String pair : numbers.split(";")) {
            int at = pair.indexOf('=');
            if (at > 0) {
                map.put(pair.substring(0, at), pair.substring(at + 1));
            }
        }
        decoded = Map.entry(numbers, map);
        return map;
    }

    /**
     * H2's {@code demo_moved_at}: the same wall-clock time as in {@code from}, {@code days} later, in
     * {@code to} (a 09:35 pick in Shanghai is a 09:35 pick wherever the demo is copied), kept with the
     * offset it was written with.
     */
    public static OffsetDateTime movedAt(OffsetDateTime at, long days, String from, String to) {
        if (at == null) {
            return null;
        }
        return OffsetDateTime.ofInstant(at.atZoneSameInstant(ZoneId.of(from)).toLocalDateTime().plusDays(days)
                .atZone(ZoneId.of(to)).toInstant(), at.getOffset());
    }

    /** H2's {@code demo_moved_text}: the days in dated numbers and ISO days moved, per-year numbers renumbered. */
    public static String movedText(String text, long days, String numbers) {
        if (text == null || text.length() < 10) {
            return text;
        }
        String out = text;
        if (days != 0) {
            out = replace(DATED_NUMBER, out, m -> {
                LocalDate day = parse(m.group(2), BASIC);
                return day == null ? m.group() : m.group(1) + BASIC.format(day.plusDays(days)) + "-";
            });
            out = replace(ISO_DAY, out, m -> {
                LocalDate day = parse(m.group(1), DateTimeFormatter.ISO_LOCAL_DATE);
                return day == null ? m.group() : day.plusDays(days).toString();
            });
        }
        if (!numbers.isEmpty()) {
            Map<String, String> renumbered = decode(numbers);
            out = replace(YEAR_NUMBER, out, m -> renumbered.getOrDefault(m.group(), m.group()));
        }
        return out;
    }

    private static LocalDate parse(String text, DateTimeFormatter format) {
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
