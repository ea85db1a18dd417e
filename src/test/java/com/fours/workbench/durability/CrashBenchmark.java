package com.fours.workbench.durability;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long crash test (not part of the suite): {@code bash bench/crash.sh [--kills=100] [--seed=N]
 * [--default-write-delay]}. The last option runs with H2's write delay at its default, as before
 * decision 51, to show what the test catches.
 */
public final class CrashBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CrashBenchmark.class);

    private CrashBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int kills = 100;
        long seed = System.nanoTime();
        boolean defaultWriteDelay = false;
        for (String arg : args) {
            if (arg.startsWith("--kills=")) {
                kills = Integer.parseInt(arg.substring("--kills=".length()));
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring("--seed=".length()));
            } else if (arg.equals("--default-write-delay")) {
                defaultWriteDelay = true;
            } else {
                throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        Path folder = Path.of("target", "bench-crash",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))).toAbsolutePath();
        log.info("{} kills, seed {}, H2 write delay {}, in {}", kills, seed, defaultWriteDelay ? "default (500 ms)" : "0",
                folder);
        CrashRun.Result r = CrashRun.run(folder, kills, seed, defaultWriteDelay, log::info);
        log.info("kills: {}", r.kills());
        log.info("commits logged: {} ({} of them by the killed processes) {}", r.commitsLogged(),
                r.loggedByKilledChildren(), r.loggedByType());
        log.info("commits checked: {} (each logged commit again after every later kill)", r.commitsChecked());
        log.info("lost: {} (in {} of {} kills)", r.lost().size(), r.killsThatLost(), r.kills());
        log.info("reused numbers: {}", r.reused().size());
        log.info("broken invariants: {}", r.broken().size());
        log.info("duration: {} s", r.duration().toSeconds());
        CrashRun.first(r.lost(), 10).forEach(l -> log.info("lost: {}", l));
        CrashRun.first(r.reused(), 10).forEach(l -> log.info("reused: {}", l));
        CrashRun.first(r.broken(), 10).forEach(l -> log.info("broken: {}", l));
    }
}
