package com.fours.workbench.demo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.db.TableImage;

/**
 * The demo database built at build time (decision 0085): the contributors' rows as they were on the
 * day B it was built, copied into an empty demo database on day T as if filled on T. Every date
 * and time moves by the whole days T - B, and so does the day inside every number that carries one
 * (RO20261206-0001, PO..., TS..., CM...); numbers per year (bills JS2026-000001, certificates
 * JG2026-000001) are given again per year, in their order, when the move crosses a new year.
 */
public final class DemoTemplate {

    /** Where the build puts it (pom.xml, execution build-demo-template), inside the jar. */
    public static final String RESOURCE = "/demo/demo-template.bin.gz";
    static final String MIGRATIONS = "migrations";
    static final String ZONE = "zone";
    static final String DAY = "day";

    /** Numbers with the day they were issued on: repair orders, purchase orders, complaints, gate passes. */
    private static final Pattern DATED_NUMBER = Pattern.compile("(?<![A-Za-z0-9])(RO|PO|TS|CM)(20\\d{6})-");
    /** A day written in a text (an intake sheet's promised time, its signed snapshot, an audit row). */
    private static final Pattern ISO_DAY = Pattern.compile("(?<![0-9])(20\\d\\d-\\d\\d-\\d\\d)(?![0-9])");
    private static final Pattern YEAR_NUMBER = Pattern.compile("(?<![A-Za-z0-9])(JS|JG)20\\d\\d-\\d{6}(?![0-9])");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final TableImage.Image image;

    private DemoTemplate(TableImage.Image image) {
        this.image = image;
    }

    /**
     * The template shipped with this build, when there is one (a build from an IDE has none), the
     * database is H2 (PostgreSQL keeps the fill) and its migrations are exactly the template's.
     */
    public static Optional<DemoTemplate> matching(Handle handle) {
        return matching(handle, DemoTemplate.class.getResourceAsStream(RESOURCE));
    }

    /** As above for a template read from {@code resource} (gzipped; null: none). */
    static Optional<DemoTemplate> matching(Handle handle, InputStream resource) {
        if (resource == null || !TableImage.isH2(handle)) {
            closeQuietly(resource);
            return Optional.empty();
        }
        TableImage.Image image;
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(resource, 1 << 16), 1 << 16)) {
            image = TableImage.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo template " + RESOURCE + " cannot be read", e);
        }
        return image.header().get(MIGRATIONS).equals(TableImage.migrations(handle))
                ? Optional.of(new DemoTemplate(image)) : Optional.empty();
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing was read from it
            }
        }
    }

    /** The day the template was filled as "today". */
    public LocalDate builtOn() {
        return LocalDate.parse(image.header().get(DAY));
    }

    /** Moves the template to today (by {@code clock}) and loads it; {@code beforeStep} hears each table's step. */
    public void copyInto(Handle handle, Clock clock, IntConsumer beforeStep) {
        TableImage.load(handle, movedTo(LocalDate.now(clock), clock.getZone()), beforeStep);
    }

    /** The template's rows as if filled on {@code today} in {@code zone}. */
    TableImage.Image movedTo(LocalDate today, ZoneId zone) {
        long days = ChronoUnit.DAYS.between(builtOn(), today);
        ZoneId builtIn = ZoneId.of(image.header().get(ZONE));
        Shift shift = new Shift(days, builtIn, zone, renumbered(days, builtIn));
        for (TableImage.Table table : image.tables()) {
            for (Object[] row : table.rows()) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = shift.value(row[c]);
                }
            }
        }
        yearNumbers(image.table("bill"), "invoice_year", "invoice_counter", "invoice_year", shift.renumbered);
        yearNumbers(image.table("qc_certificate"), "cert_year", "qc_certificate_counter", "cert_year", shift.renumbered);
        newYearsDay(today);
        return image;
    }

    /**
     * Bills and certificates are numbered without gaps per year, in the order they were issued: when
     * the move takes some into the next year, that year's are numbered again from 1 and the earlier
     * year's keep theirs. Old number to new number, applied wherever the number is written.
     */
    private Map<String, String> renumbered(long days, ZoneId builtIn) {
        Map<String, String> renumbered = new HashMap<>();
        renumber(image.table("bill"), "JS", "business_day", null, days, builtIn, renumbered);
        renumber(image.table("qc_certificate"), "JG", null, "issued_at", days, builtIn, renumbered);
        renumbered.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return renumbered;
    }

    private static void renumber(TableImage.Table table, String prefix, String dayColumn, String instantColumn, long days,
                                 ZoneId builtIn, Map<String, String> renumbered) {
        if (table == null || table.rows().isEmpty()) {
            return;
        }
        int number = table.column("number");
        int day = dayColumn != null ? table.column(dayColumn) : table.column(instantColumn);
        Map<Integer, Integer> lastOfYear = new HashMap<>();
        table.rows().stream().sorted(Comparator.comparing(r -> (String) r[number])).forEach(row -> {
            LocalDate issued = dayColumn != null ? (LocalDate) row[day]
                    : ((OffsetDateTime) row[day]).atZoneSameInstant(builtIn).toLocalDate();
            int year = issued.plusDays(days).getYear();
            int sequence = lastOfYear.merge(year, 1, Integer::sum);
            renumbered.put((String) row[number], String.format("%s%d-%06d", prefix, year, sequence));
        });
    }

    /** The year and sequence columns follow the (already rewritten) number, and each year's counter its last. */
    private void yearNumbers(TableImage.Table table, String yearColumn, String counterTable, String counterYear,
                             Map<String, String> renumbered) {
        TableImage.Table counters = image.table(counterTable);
        if (table == null || counters == null) {
            return;
        }
        int number = table.column("number");
        int year = table.column(yearColumn);
        int sequence = table.column("sequence_no");
        Map<Integer, Integer> last = new HashMap<>();
        for (Object[] row : table.rows()) {
            String text = (String) row[number];
            int y = Integer.parseInt(text.substring(2, 6));
            int s = Integer.parseInt(text.substring(7));
            row[year] = (long) y;
            row[sequence] = (long) s;
            last.merge(y, s, Math::max);
        }
        int counterYearColumn = counters.column(counterYear);
        int lastNumber = counters.column("last_number");
        counters.rows().clear();
        last.forEach((y, s) -> {
            Object[] row = new Object[counters.columns().size()];
            row[counterYearColumn] = (long) y;
            row[lastNumber] = (long) s;
            counters.rows().add(row);
        });
    }

    /** New Year's Day (元旦) is the one date of the demo that is not relative to today: the next one. */
    private void newYearsDay(LocalDate today) {
        TableImage.Table calendar = image.table("store_calendar_day");
        if (calendar == null) {
            return;
        }
        int note = calendar.column("name");
        int day = calendar.column("cal_day");
        if (note < 0 || day < 0) {
            throw new IllegalStateException("store_calendar_day has no name or cal_day: the demo template needs a look");
        }
        for (Object[] row : calendar.rows()) {
            if ("元旦".equals(row[note])) {
                row[day] = LocalDate.of(today.getYear() + 1, 1, 1);
            }
        }
    }

    private record Shift(long days, ZoneId from, ZoneId to, Map<String, String> renumbered) {

        Object value(Object value) {
            if (days == 0 && from.equals(to) && renumbered.isEmpty()) {
                return value;
            }
            if (value instanceof LocalDate d) {
                return d.plusDays(days);
            }
            if (value instanceof LocalDateTime t) {
                return t.plusDays(days);
            }
            if (value instanceof OffsetDateTime t) {
                // the same wall-clock time, days later, in the zone of the copy (written with the offset it had)
                return OffsetDateTime.ofInstant(t.atZoneSameInstant(from).toLocalDateTime().plusDays(days).atZone(to)
                        .toInstant(), t.getOffset());
            }
            if (value instanceof String s) {
                return text(s);
            }
            return value;
        }

        private String text(String s) {
            if (s.length() < 10) {
                return s;
            }
            String out = s;
            if (s.indexOf('-') >= 0) {
                out = replace(DATED_NUMBER, out, m -> {
                    LocalDate day = parse(m.group(2), BASIC);
                    return day == null ? m.group() : m.group(1) + BASIC.format(day.plusDays(days)) + "-";
                });
                out = replace(ISO_DAY, out, m -> {
                    LocalDate day = parse(m.group(1), DateTimeFormatter.ISO_LOCAL_DATE);
                    return day == null ? m.group() : day.plusDays(days).toString();
                });
                if (!renumbered.isEmpty()) {
                    out = replace(YEAR_NUMBER, out, m -> renumbered.getOrDefault(m.group(), m.group()));
                }
            }
            return out;
        }

        private static LocalDate parse(String text, DateTimeFormatter format) {
            try {
                return LocalDate.parse(text, format);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }

        private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
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
}
