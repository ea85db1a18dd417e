package com.fours.workbench.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.jdbi.v3.core.Handle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.db.TableImage;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.UserDao;

/**
 * Fills an empty demo database once; a demo database that already has data is left alone. The
 * first start's window ({@link #seedIfEmpty(Progress)}) copies the demo database built at build
 * time when this build has one for its schema ({@link DemoTemplate}, decision 0085), else fills.
 */
public final class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    /** Thread CPU time next to the wall clock: on a busy machine it says what the filling itself costs. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Fixed, so every demo database holds the same people and cars and screenshots match. */
    public static final long SEED = 4_0000_2026L;

    /** Told before each contributor runs, so a window can say what is being prepared. */
    public interface Progress {
        void step(int done, int total, String stepKey);
    }

    private final Transactions transactions;
    private final List<DemoDataContributor> contributors;
    /** Today for a copied template; none: always filled. */
    private final Clock clock;

    public DemoSeeder(Transactions transactions, List<DemoDataContributor> contributors) {
        this(transactions, contributors, null);
    }

    public DemoSeeder(Transactions transactions, List<DemoDataContributor> contributors, Clock clock) {
        this.transactions = transactions;
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
        this.clock = clock;
    }

    public boolean isEmpty() {
        return transactions.read(h -> h.attach(UserDao.class).count() == 0);
    }

    /** Fills by the contributors (tests and tools: the demo exactly as the contributors write it on the clock's day). */
    public boolean seedIfEmpty() {
        if (!isEmpty()) {
            return false;
        }
        fill((done, total, step) -> { }, (step, handle) -> { });
        return true;
    }

    /**
     * The first start's way: the template copied and moved to today when this build ships one that
     * fits the database, else filled; the progress names the same steps either way.
     */
    public boolean seedIfEmpty(Progress progress) {
        if (!isEmpty()) {
            return false;
        }
        if (clock == null || !copyTemplate(progress, () -> DemoSeeder.class.getResourceAsStream(DemoTemplate.RESOURCE))) {
            fill(progress, (step, handle) -> { });
        }
        return true;
    }

    /** Copies the template {@code source} opens (null: none) when it fits this database; false when it does not. */
    boolean copyTemplate(Progress progress, java.util.function.Supplier<java.io.InputStream> source) {
        long started = System.nanoTime();
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        boolean copied = transactions.inTransaction(handle -> {
            Optional<DemoTemplate> template = DemoTemplate.matching(handle, source.get());
            if (template.isEmpty()) {
                log.info("No demo template for this schema in this build: the demo is filled");
                return false;
            }
            log.info("Demo template of {} read in {} ms", template.get().builtOn(), (System.nanoTime() - started) / 1_000_000);
            int[] told = {0};
            template.get().copyInto(handle, clock, step -> {
                while (told[0] <= step && told[0] < contributors.size()) {
                    progress.step(told[0], contributors.size(), contributors.get(told[0]).stepKey());
                    told[0]++;
                }
            });
            while (told[0] < contributors.size()) {
                progress.step(told[0], contributors.size(), contributors.get(told[0]).stepKey());
                told[0]++;
            }
            return true;
        });
        if (copied) {
            progress.step(contributors.size(), contributors.size(), "demo.step.done");
            log.info("Demo template copied in {} ms ({} ms of CPU)", (System.nanoTime() - started) / 1_000_000,
                    (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
        }
        return copied;
    }

    /** Told after each contributor, in the filling's transaction (the template's build counts rows there). */
    interface StepDone {
        void after(int step, Handle handle);
    }

    private void fill(Progress progress, StepDone stepDone) {
        long started = System.nanoTime();
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        DemoValues values = new DemoValues(SEED);
        transactions.useTransaction(handle -> {
            for (int i = 0; i < contributors.size(); i++) {
                DemoDataContributor contributor = contributors.get(i);
                progress.step(i, contributors.size(), contributor.stepKey());
                long stepStarted = System.nanoTime();
                long stepCpu = CPU.getCurrentThreadCpuTime();
                contributor.contribute(handle, values);
                stepDone.after(i, handle);
                log.info("Demo step {} in {} ms ({} ms of CPU)", contributor.getClass().getSimpleName(),
                        (System.nanoTime() - stepStarted) / 1_000_000, (CPU.getCurrentThreadCpuTime() - stepCpu) / 1_000_000);
            }
        });
        progress.step(contributors.size(), contributors.size(), "demo.step.done");
        log.info("Demo data written by {} contributors in {} ms ({} ms of CPU)", contributors.size(),
                (System.nanoTime() - started) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
    }

    /**
     * Fills this empty database as on {@code clock}'s day and writes it as the demo template (the
     * build's step, decision 0085), each table tagged with the step that first wrote rows into it.
     */
    public void buildTemplate(Clock fillClock, Path file) {
        if (!isEmpty()) {
            throw new IllegalStateException("the template is built from an empty database");
        }
        List<Map<String, Long>> counts = new ArrayList<>();
        counts.add(transactions.read(TableImage::rowCounts));
        fill((done, total, step) -> { }, (step, handle) -> counts.add(TableImage.rowCounts(handle)));
        Map<String, Integer> stepOf = new HashMap<>();
        for (int step = contributors.size() - 1; step >= 0; step--) {
            for (Map.Entry<String, Long> table : counts.get(step + 1).entrySet()) {
                if (!table.getValue().equals(counts.get(step).get(table.getKey()))) {
                    stepOf.put(table.getKey(), step);
                }
            }
        }
        counts.get(0).keySet().forEach(table -> stepOf.putIfAbsent(table, 0));
        Map<String, String> header = new LinkedHashMap<>();
        header.put(DemoTemplate.DAY, LocalDate.now(fillClock).toString());
        header.put(DemoTemplate.ZONE, fillClock.getZone().getId());
        transactions.useTransaction(handle -> {
            header.put(DemoTemplate.MIGRATIONS, TableImage.migrations(handle));
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path partial = file.resolveSibling(file.getFileName() + ".part");
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    TableImage.write(handle, header, stepOf, out);
                }
                Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
