package com.fours.workbench.db;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.Change;
import com.fours.workbench.core.ChangeNotices;
import com.fours.workbench.core.ChangeTopic;

/**
 * Polls the change feed on the workbench's one executor while a screen listens, and hands each
 * listener the changes of its topics (decision 0057).
 *
 * <p>Ids are taken when a row is written but become visible when its transaction commits, so a
 * later id can be seen before an earlier one. An id skipped over is remembered as a gap and looked
 * for again on each poll until it appears or {@link #GAP_WAIT_NANOS} passes (a rolled-back
 * transaction leaves a gap for ever).
 */
public final class ChangeWatcher implements ChangeNotices, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChangeWatcher.class);

    static final long GAP_WAIT_NANOS = TimeUnit.MINUTES.toNanos(10);
    static final int MAX_GAPS = 1000;
    static final int KEEP_MINUTES = 60;
    static final long PRUNE_EVERY_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final ChangeFeed feed;
    private final ScheduledExecutorService executor;
    private final long intervalMillis;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, Long> gaps = new LinkedHashMap<>();
    private long lastId = -1;
    private long lastPrune = System.nanoTime();
    private boolean failing;
    // Subscribing (on the UI thread) takes this lock only, never the poll's: it never waits for a read.
    private final Object scheduling = new Object();
    private ScheduledFuture<?> polling;

    private record Listener(Set<ChangeTopic> topics, Consumer<List<Change>> consumer) {
    }

    public ChangeWatcher(ChangeFeed feed, ScheduledExecutorService executor, long intervalMillis) {
        this.feed = feed;
        this.executor = executor;
        this.intervalMillis = intervalMillis;
    }

    /** Takes the newest id as the start, so only changes from now on are told. */
    public synchronized void start() {
        if (lastId < 0) {
            lastId = feed.latestId();
        }
    }

    @Override
    public Subscription subscribe(Set<ChangeTopic> topics, Consumer<List<Change>> consumer) {
        Listener listener = new Listener(Set.copyOf(topics), consumer);
        listeners.add(listener);
        synchronized (scheduling) {
            if (polling == null) {
                polling = executor.scheduleWithFixedDelay(this::pollQuietly, 0, intervalMillis, TimeUnit.MILLISECONDS);
            }
        }
        return () -> {
            listeners.remove(listener);
            synchronized (scheduling) {
                if (listeners.isEmpty() && polling != null) {
                    polling.cancel(false);
                    polling = null;
                }
            }
        };
    }

    /** How many screens listen now; a screen that has left the window must not be among them. */
    public int listeners() {
        return listeners.size();
    }

    private void pollQuietly() {
        try {
            poll();
            if (failing) {
                log.info("Change feed readable again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Change feed not readable; open screens are not refreshed until it is", e);
                failing = true;
            }
        }
    }

    /** One poll: reads what is new, tells the listeners, and prunes now and then. Returns what was read. */
    public synchronized List<Change> poll() {
        start();
        long now = System.nanoTime();
        List<ChangeFeed.Entry> seen = new ArrayList<>(feed.among(gaps.keySet()));
        for (ChangeFeed.Entry entry : seen) {
            gaps.remove(entry.id());
        }
        for (ChangeFeed.Entry entry : feed.after(lastId)) {
            if (entry.id() - lastId - 1 <= MAX_GAPS) {
                for (long skipped = lastId + 1; skipped < entry.id(); skipped++) {
                    gaps.put(skipped, now);
                }
            }
            lastId = entry.id();
            seen.add(entry);
        }
        for (Iterator<Map.Entry<Long, Long>> it = gaps.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Long> gap = it.next();
            if (now - gap.getValue() > GAP_WAIT_NANOS || gaps.size() > MAX_GAPS) {
                it.remove();
            }
        }
        if (now - lastPrune > PRUNE_EVERY_NANOS) {
            lastPrune = now;
            int pruned = feed.prune(KEEP_MINUTES);
            log.debug("Change feed: {} rows older than {} minutes pruned", pruned, KEEP_MINUTES);
        }
        List<Change> changes = seen.stream().map(ChangeFeed.Entry::change).toList();
        if (!changes.isEmpty()) {
            tell(changes);
        }
        return changes;
    }

    private void tell(List<Change> changes) {
        for (Listener listener : listeners) {
            List<Change> theirs = changes.stream().filter(c -> listener.topics().contains(c.topic())).toList();
            if (!theirs.isEmpty()) {
                try {
                    listener.consumer().accept(theirs);
                } catch (RuntimeException e) {
                    log.warn("A screen failed to take a change notice", e);
                }
            }
        }
    }

    /** For tests and the status: the gaps waited for now. */
    synchronized int openGaps() {
        return gaps.size();
    }

    @Override
    public void close() {
        listeners.clear();
        synchronized (scheduling) {
            if (polling != null) {
                polling.cancel(false);
                polling = null;
            }
        }
    }
}
