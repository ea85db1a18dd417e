package com.fours.workbench.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the one executor. A class of its own, without a logger: the launch makes the executor on
 * the main thread before the toolkit starts, and the first logger sets Logback up (decision 0093),
 * which belongs on the executor's first task, beside the toolkit's start.
 */
final class BackgroundThreads {

    private BackgroundThreads() {
    }

    /** The one executor; scheduled too, for the daily backup. */
    static ScheduledExecutorService newExecutor() {
        return Executors.newScheduledThreadPool(2, daemonThreads());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory base = Executors.defaultThreadFactory();
        return task -> {
            Thread thread = base.newThread(task);
            thread.setName("workbench-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
