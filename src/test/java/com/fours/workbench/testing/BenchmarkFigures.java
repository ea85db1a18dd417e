package com.fours.workbench.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;

/**
 * What the benchmarks share: their {@code --name=value} options, percentiles of timings logged and
 * written as {@code key.p50/p95/p99}, and the properties files they keep their figures and markers in.
 */
public final class BenchmarkFigures {

    private BenchmarkFigures() {
    }

    /** {@code --fresh --runs=5} as {@code {fresh="", runs="5"}}; anything else is refused. */
    public static Map<String, String> options(String[] args) {
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

    /** Logs p50/p95/p99 and the maximum of {@code times} (ms) and sets {@code key.p50} etc. in {@code results}. */
    public static void report(Logger log, Properties results, String key, String label, List<Double> times) {
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

    /** The nearest-rank percentile of {@code values} in any order. */
    public static double percentile(List<Double> values, int p) {
        return percentile(values.stream().mapToDouble(Double::doubleValue).sorted().toArray(), p);
    }

    /** The median of {@code values} in any order (the mean of the middle two of an even count). */
    public static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** The nearest-rank percentile of sorted values. */
    public static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    public static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }

    public static void write(Path file, Properties properties, String comment) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            properties.store(out, comment);
        }
    }
}
