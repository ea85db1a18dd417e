package com.fours.workbench.dashboard;

import static com.fours.workbench.testing.BenchmarkFigures.percentile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.home.HomeBenchmark;
import com.fours.workbench.home.LargeStore;
import com.fours.workbench.testing.BenchmarkFigures;
import com.fours.workbench.testing.MutableClock;

/**
 * The dashboard on the large store ({@link LargeStore}: 500,000 repair orders by default over the ten
 * years to today, each handed-back order billed with its labour line, clocked, released by QC, a
 * part issued; counter sales of parts). Prints p50/p95 of a month's dashboard (November 2026, with
 * its previous month and last year's) and a year's (2026 to date). Run by
 * {@code bash bench/dashboard.sh}; not part of the test run.
 */
public final class DashboardBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DashboardBenchmark.class);

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchmarkFigures.options(args);
        int reads = Integer.parseInt(options.getOrDefault("reads", "30"));
        AppServices services = LargeStore.open(options, MutableClock.shanghai(LargeStore.TODAY));
        LargeStore.as(services, "zhoujie");
        if (options.containsKey("cache-mb")) {
            // H2's page cache (64 MB unless set): how much of a period's time is reading pages from the file
            int mb = Integer.parseInt(options.get("cache-mb"));
            services.transactions().useTransaction(h -> h.execute("SET CACHE_SIZE " + mb * 1024));
        }
        if (options.containsKey("profile")) {
            profile(services, reads);
        }
        warmUp(services, Integer.parseInt(options.getOrDefault("warmup", "10")));
        Dashboard month = measure("month (2026-11, with 2026-10 and 2025-11)", reads, services,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 300);
        log.info("month: cars {}, revenue {}, efficiency {}%, first-time fix {}%, CSI {}", month.current().carCount(),
                month.current().revenue().total(), month.current().efficiency(), month.current().firstTimeFixRate(),
                month.current().csi());
        Dashboard year = measure("year (2026-01-01 to 2026-12-07, with 2025)", reads, services,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 7), 1500);
        log.info("year: cars {}, revenue {}", year.current().carCount(), year.current().revenue().total());
        if (options.containsKey("home")) {
            HomeBenchmark.measurePages(services, reads * 2);
            HomeBenchmark.measureLines(services, reads);
        }
        log.info("system load average: {} on {} cores",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        services.close();
    }

    /**
     * Decision 0131: {@code reads} reads of the month, then of the year, each logged in turn, before either is
     * timed. The JVM compiles H2's and the dashboard's paths over the first ten to fifteen reads, its compiler
     * on the same two cores as the three periods' reads (a month: 396, 379, 296, 258 ... then 150-170 ms); the
     * targets are for the screen's reads, not for the JVM's warm-up, which these lines show.
     */
    private static void warmUp(AppServices services, int reads) {
        for (LocalDate[] p : new LocalDate[][] {{LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)},
                {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 7)}}) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < reads; i++) {
                long t = System.nanoTime();
                services.dashboard().read(p[0], p[1]);
                times.add(Math.round((System.nanoTime() - t) / 1e6));
            }
            log.info("warm-up {} to {}, the JVM's first reads, ms: {}", p[0], p[1], times);
        }
    }

    private static Dashboard measure(String name, int reads, AppServices services, LocalDate from, LocalDate to,
                                     int targetMs) {
        List<Double> times = new ArrayList<>();
        Dashboard dashboard = null;
        for (int i = 0; i < reads; i++) {
            long t = System.nanoTime();
            dashboard = services.dashboard().read(from, to);
            times.add((System.nanoTime() - t) / 1e6);
        }
        log.info("{}: p50 {} ms, p95 {} ms ({} reads after the warm-up; target p95 <= {} ms)", name,
                tenths(BenchmarkFigures.median(times)), tenths(percentile(times, 95)), reads, targetMs);
        log.info("{}: each read in turn, ms: {}", name, times.stream().map(t -> String.valueOf(Math.round(t))).toList());
        return dashboard;
    }

    /**
     * Each query of one period's figures timed alone (median of {@code reads}), to see where a dashboard's
     * time goes. Each timed run is followed by the same query for the period's two comparisons: H2 hands
     * back a statement's last result when it runs again with the same parameters and no table has changed
     * since, so timing one period over and over timed that shortcut, not the query (decision 0117).
     */
    private static void profile(AppServices services, int reads) {
        for (LocalDate[] p : new LocalDate[][] {{LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)},
                {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 7)}}) {
            DashboardPeriod period = new DashboardPeriod(p[0], p[1]);
            Map<String, List<Double>> times = new java.util.LinkedHashMap<>();
            for (int i = 0; i < Math.max(3, reads / 3) + 1; i++) {
                for (DashboardPeriod other : List.of(period, period.previous(), period.lastYear())) {
                    Map<String, java.util.function.Function<org.jdbi.v3.core.Handle, Object>> queries = queries(other);
                    for (Map.Entry<String, java.util.function.Function<org.jdbi.v3.core.Handle, Object>> q : queries.entrySet()) {
                        long t = System.nanoTime();
                        services.transactions().read(q.getValue()::apply);
                        if (i > 0 && other == period) {
                            times.computeIfAbsent(q.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
                        }
                    }
                }
            }
            times.forEach((name, ms) -> log.info("profile {} to {} {}: median {} ms", period.from(), period.to(), name,
                    tenths(BenchmarkFigures.median(ms))));
        }
    }

    private static Map<String, java.util.function.Function<org.jdbi.v3.core.Handle, Object>> queries(DashboardPeriod period) {
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        LocalDate from = period.from();
        LocalDate to = period.to();
        java.time.Instant start = from.atStartOfDay(zone).toInstant();
        java.time.Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, java.util.function.Function<org.jdbi.v3.core.Handle, Object>> queries = new java.util.LinkedHashMap<>();
        queries.put("billDays", h -> h.attach(DashboardDao.class).billDays(from, to));
        queries.put("cars", h -> h.attach(DashboardDao.class).cars(from, to));
        queries.put("labourByKind", h -> h.attach(DashboardDao.class).labourByKind(from, to));
        queries.put("clocked", h -> h.attach(DashboardDao.class).clocked(start, end));
        queries.put("finished", h -> h.attach(DashboardDao.class).finished(start, end));
        queries.put("bookings", h -> com.fours.workbench.appointments.PeriodFigures.read(h, from, to));
        queries.put("available", h -> com.fours.workbench.appointments.PeriodFigures.availableHours(h, from, to));
        queries.put("fixRate", h -> com.fours.workbench.qc.FixRateFigures.store(h, start, end));
        queries.put("stock", h -> com.fours.workbench.parts.FiguresService.figures(h, from, to, start, end,
                com.fours.workbench.core.Money.of(java.math.BigDecimal.ZERO)));
        queries.put("stockValue (once a screen)", com.fours.workbench.parts.FiguresService::stockValue);
        queries.put("care", h -> com.fours.workbench.care.CareFiguresService.summary(h, start, end, end));
        return queries;
    }

    private static double tenths(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
