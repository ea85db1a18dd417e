package com.fours.workbench.races;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.testing.BenchmarkFigures;
import com.fours.workbench.testing.PostgresTestSchema;

/**
 * The long run of the process races ({@code bash bench/races.sh}): eight desk JVMs race on PostgreSQL
 * (when {@code WORKBENCH_TEST_POSTGRES_URL} is set, in a schema of its own) and on the shared H2 file,
 * and the figures are printed. Exits with 1 when a rule was broken.
 *
 * <pre>ProcessRacesBenchmark [--rounds=20] [--desks=8] [--dir=target/bench-races] [--databases=postgresql,h2]</pre>
 */
public final class ProcessRacesBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ProcessRacesBenchmark.class);

    private ProcessRacesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchmarkFigures.options(args);
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "20"));
        int desks = Integer.parseInt(options.getOrDefault("desks", "8"));
        Path dir = Path.of(options.getOrDefault("dir", "target/bench-races")).toAbsolutePath();
        List<String> databases = List.of(options.getOrDefault("databases", "postgresql,h2").split(","));
        List<ProcessRaces.Report> reports = new ArrayList<>();
        if (databases.contains("postgresql")) {
            if (System.getenv(PostgresTestSchema.URL_VARIABLE) == null) {
                log.warn("PostgreSQL skipped: {} is not set (eval \"$(bash .ci/postgres-for-tests)\")",
                        PostgresTestSchema.URL_VARIABLE);
            } else {
                Path run = fresh(dir.resolve("postgresql"));
                try (PostgresTestSchema schema = new PostgresTestSchema();
                     AppServices services = ProcessRaces.openSetUp(schema.settings(), run)) {
                    reports.add(ProcessRaces.run("PostgreSQL", schema.settings(), services, run.resolve("run"), desks,
                            rounds));
                }
            }
        }
        if (databases.contains("h2")) {
            Path run = fresh(dir.resolve("h2"));
            DatabaseSettings settings = DatabaseSettings.embedded(run, "workbench");
            try (AppServices services = ProcessRaces.openSetUp(settings, run)) {
                reports.add(ProcessRaces.run("H2 AUTO_SERVER", settings, services, run.resolve("run"), desks, rounds));
            }
        }
        boolean broken = false;
        for (ProcessRaces.Report report : reports) {
            report.lines().forEach(log::info);
            broken |= !report.violations().isEmpty();
        }
        log.info("load average at the end: {} on {} cores", Files.readString(Path.of("/proc/loadavg")).strip(),
                Runtime.getRuntime().availableProcessors());
        System.exit(broken ? 1 : 0);
    }

    private static Path fresh(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }
}
