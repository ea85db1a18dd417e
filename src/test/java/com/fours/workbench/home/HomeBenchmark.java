package com.fours.workbench.home;

import static com.fours.workbench.testing.BenchmarkFigures.percentile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.testing.BenchmarkFigures;
import com.fours.workbench.testing.MutableClock;

/**
 * A home page per role on the large store ({@link LargeStore}: 500,000 repair orders over the ten
 * years to today by default, 20,000 parts with reorder points). Prints p50/p95 of one home page per
 * role and, with {@code --lines}, the median of each line of the clerk's, manager's and advisor's pages.
 * Run by {@code bash bench/home.sh}; not part of the test run.
 */
public final class HomeBenchmark {

    private static final Logger log = LoggerFactory.getLogger(HomeBenchmark.class);

    private HomeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchmarkFigures.options(args);
        int reads = Integer.parseInt(options.getOrDefault("reads", "60"));
        AppServices services = LargeStore.open(options, MutableClock.shanghai(LargeStore.TODAY));
        readEveryTime(services);
        measurePages(services, reads);
        if (options.containsKey("lines")) {
            measureLines(services, reads);
        }
        log.info("system load average: {} on {} cores; target p95 <= 100 ms per role",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        services.close();
    }

    /**
     * H2 hands back a statement's last result when it runs again with the same parameters and no
     * table changed since: a page read again on a still store was then partly not read at all, and a
     * line timed alone (0109's --lines) cost nothing. In the shop the tables change between two
     * refreshes; the benchmarks read as if they had (decision 0118).
     */
    public static void readEveryTime(AppServices services) {
        services.transactions().useTransaction(h -> h.execute("SET OPTIMIZE_REUSE_RESULTS 0"));
    }

    /** p50/p95 of one home page per role, logged. */
    public static void measurePages(AppServices services, int reads) {
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
            LargeStore.as(services, user.getValue());
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
                    tenths(BenchmarkFigures.median(times)), tenths(percentile(times, 95)), reads, counts.toString().trim());
        }
    }

    /**
     * The median of each line of the clerk's, the manager's and the advisor's pages, read in page
     * order as the page reads them (the 5S line too): where a page's time goes.
     */
    public static void measureLines(AppServices services, int reads) {
        java.time.Instant now = java.time.Instant.parse(LargeStore.TODAY);
        for (String username : List.of("zhaolei", "zhoujie", "lina")) {
            LargeStore.as(services, username);
            com.fours.workbench.security.AuthenticatedUser user = services.session().user().orElseThrow();
            List<HomeLineKind> kinds = new ArrayList<>(HomeService.kindsFor(user.roles()));
            kinds.add(HomeLineKind.OVERDUE_5S_ACTIONS);
            Map<HomeLineKind, List<Double>> times = new LinkedHashMap<>();
            for (int i = 0; i < reads / 2 + 2; i++) {
                for (HomeLineKind kind : kinds) {
                    long t = System.nanoTime();
                    services.transactions().read(h -> services.home().line(h, kind, user, now));
                    if (i >= 2) {
                        times.computeIfAbsent(kind, k -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
                    }
                }
            }
            times.forEach((kind, ms) -> log.info("line {} of {}: median {} ms", kind, username,
                    tenths(BenchmarkFigures.median(ms))));
        }
    }

    private static double tenths(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
