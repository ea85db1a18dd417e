package com.fours.workbench.durability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import com.fours.workbench.testing.ChildJvm;

/**
 * Kills the workload again and again: prepares the store once, then per round starts the workload
 * in a child JVM on the same database, lets it work for a random moment, kills it with
 * {@code kill -9} and checks the database as the next start finds it.
 */
final class CrashRun {

    /** How long a child may take to open the database and log in, on a loaded machine. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    /**
     * The kill comes at a random moment this long after the child's first commits of its run: counted
     * from its start instead, a slow machine's cold child could be killed before it had committed
     * anything worth checking (CI once saw 10 commits over five kills).
     */
    static final int MIN_WORK_MILLIS = 0;
    static final int MAX_WORK_MILLIS = 2500;
    /** Commits a child must have logged in its run before its kill moment is counted. */
    static final int COMMITS_BEFORE_KILL_CLOCK = 3;
    /** Steps of the store's day run before the first child, so visits wait at every stage. */
    static final int WARM_UP_STEPS = 60;

    record Result(int kills, int commitsLogged, long commitsChecked, int killsThatLost, Set<String> lost,
                  Set<String> reused, Set<String> broken, Duration duration, java.util.Map<String, Long> loggedByType,
                  int loggedByKilledChildren) {

        boolean clean() {
            return lost.isEmpty() && reused.isEmpty() && broken.isEmpty();
        }
    }

    private CrashRun() {
    }

    static Result run(Path folder, int kills, long seed, boolean defaultWriteDelay, Consumer<String> progress)
            throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(folder);
        Path commits = folder.resolve("commits.log");
        Path childLog = folder.resolve("child.log");
        CrashStore.prepare(folder, defaultWriteDelay);
        Random random = new Random(seed);
        CrashWorkload.warmUp(folder, commits, WARM_UP_STEPS, random.nextLong(), defaultWriteDelay);
        Set<String> lost = new LinkedHashSet<>();
        Set<String> reused = new LinkedHashSet<>();
        Set<String> broken = new LinkedHashSet<>();
        long checked = 0;
        int killsThatLost = 0;
        for (int run = 1; run <= kills; run++) {
            Process child = ChildJvm.start(CrashWorkload.class, childLog, List.of(), folder.toString(), commits.toString(),
                    String.valueOf(run), String.valueOf(random.nextLong()),
                    defaultWriteDelay ? "default-write-delay" : "write-delay-0");
            int before = CommitLog.read(commits).size();
            awaitStart(child, commits, run, childLog);
            awaitCommits(child, commits, before + 1 + COMMITS_BEFORE_KILL_CLOCK, childLog);
            long work = MIN_WORK_MILLIS + random.nextInt(MAX_WORK_MILLIS - MIN_WORK_MILLIS);
            if (child.waitFor(work, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the workload stopped by itself (exit " + child.exitValue() + "):\n"
                        + tail(childLog));
            }
            ChildJvm.killHard(child);
            int logged = CommitLog.read(commits).size();
            CrashCheck.Findings findings = CrashCheck.check(folder, commits, defaultWriteDelay);
            checked += findings.commitsChecked();
            int lostBefore = lost.size() + reused.size();
            lost.addAll(findings.lost());
            reused.addAll(findings.reused());
            findings.broken().forEach(b -> broken.add(b));
            if (lost.size() + reused.size() > lostBefore) {
                killsThatLost++;
            }
            progress.accept(String.format("kill %d, %d ms after its first commits: %d commits in this run, %d in all; lost %d, reused %d, broken %d",
                    run, work, logged - before - 1, logged, lost.size(), reused.size(), broken.size()));
        }
        List<CommitLog.Entry> lines = CommitLog.read(commits);
        int firstStart = lines.indexOf(lines.stream().filter(e -> e.type().equals("START")).findFirst().orElseThrow());
        int byChildren = (int) lines.subList(firstStart, lines.size()).stream()
                .filter(e -> !e.type().equals("START")).count();
        List<CommitLog.Entry> all = lines.stream().filter(e -> !e.type().equals("START")).toList();
        java.util.Map<String, Long> byType = new java.util.TreeMap<>(all.stream().collect(
                java.util.stream.Collectors.groupingBy(CommitLog.Entry::type, java.util.stream.Collectors.counting())));
        return new Result(kills, all.size(), checked, killsThatLost, lost, reused, broken,
                Duration.ofNanos(System.nanoTime() - started), byType, byChildren);
    }

    private static void awaitStart(Process child, Path commits, int run, Path childLog) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean started = CommitLog.read(commits).stream()
                    .anyMatch(e -> e.type().equals("START") && e.fields().get("run").equals(String.valueOf(run)));
            if (started) {
                return;
            }
            if (child.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the workload did not start (exit " + child.exitValue() + "):\n"
                        + tail(childLog));
            }
        }
        ChildJvm.killHard(child);
        throw new IllegalStateException("the workload did not start within " + START_TIMEOUT + ":\n" + tail(childLog));
    }

    private static void awaitCommits(Process child, Path commits, int lines, Path childLog) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (CommitLog.read(commits).size() >= lines) {
                return;
            }
            if (child.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the workload stopped by itself (exit " + child.exitValue() + "):\n"
                        + tail(childLog));
            }
        }
        ChildJvm.killHard(child);
        throw new IllegalStateException("the workload committed nothing within " + START_TIMEOUT + ":\n"
                + tail(childLog));
    }

    static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "(no output)";
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.substring(Math.max(0, text.length() - 6000));
    }

    static List<String> first(Set<String> items, int n) {
        return new ArrayList<>(items).subList(0, Math.min(n, items.size()));
    }
}
