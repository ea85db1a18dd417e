package com.fours.workbench.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.UserDao;

/**
 * Fills an empty demo database once; a demo database that already has data is left alone. The
 * first start copies the demo database built at build time instead, before the database opens
 * ({@code db.DemoTemplate}, decision 0091); what is filled here is that template, at build time, and
 * the demo of a run without one.
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

    public DemoSeeder(Transactions transactions, List<DemoDataContributor> contributors) {
        this.transactions = transactions;
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
    }

    public boolean isEmpty() {
        return transactions.read(h -> h.attach(UserDao.class).count() == 0);
    }

    /** Fills by the contributors (tests and tools: the demo exactly as the contributors write it on the clock's day). */
    public boolean seedIfEmpty() {
        if (!isEmpty()) {
            return false;
        }
        fill((done, total, step) -> { });
        return true;
    }

    /**
     * The window's way when the first start found no demo template to copy (a run from an IDE
     * without the build's step, decision 0091): filled, the window told each step.
     */
    public boolean seedIfEmpty(Progress progress) {
        if (!isEmpty()) {
            return false;
        }
        fill(progress);
        return true;
    }

    private void fill(Progress progress) {
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
                log.info("Demo step {} in {} ms ({} ms of CPU)", contributor.getClass().getSimpleName(),
                        (System.nanoTime() - stepStarted) / 1_000_000, (CPU.getCurrentThreadCpuTime() - stepCpu) / 1_000_000);
            }
        });
        progress.step(contributors.size(), contributors.size(), "demo.step.done");
        log.info("Demo data written by {} contributors in {} ms ({} ms of CPU)", contributors.size(),
                (System.nanoTime() - started) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
    }
}
