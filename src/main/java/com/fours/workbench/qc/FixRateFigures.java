package com.fours.workbench.qc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The first-time-fix rate and internal comebacks per technician (whoever clocked on a line of the
 * order) and per work group (the groups those technicians belong to; an order counts once per group).
 */
public final class FixRateFigures {

    private final Transactions transactions;
    private final Session session;
    private final Clock clock;

    public FixRateFigures(Transactions transactions, Session session, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.clock = clock;
    }

    /**
     * The figures for orders whose final check passed between {@code from} and {@code to}, both
     * included; failed rounds are counted when they were signed within the period. The store's
     * figure comes first, named by {@code storeName}.
     */
    public List<FixRate> fixRates(LocalDate from, LocalDate to, String storeName) {
        session.require(Permission.USE_QUALITY_CONTROL);
        if (from == null || to == null) {
            throw new InvalidValueException("qc.invalid.period");
        }
        if (to.isBefore(from)) {
            throw new BusinessRuleException("qc.periodBackwards");
        }
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return transactions.read(handle -> rates(handle, start, end, storeName));
    }

    /** The figures of {@link #fixRates} over [start, end), read in the caller's handle (the appraisal reads a technician's line). */
    public static List<FixRate> rates(Handle handle, Instant start, Instant end, String storeName) {
        FixRateDao dao = handle.attach(FixRateDao.class);
        List<FixRateDao.OrderFigure> finished = dao.released(start, end);
        List<FixRateDao.OrderFigure> failures = dao.failedRounds(start, end);
        Map<Long, Set<String>> technicians = new HashMap<>();
        Map<Long, Set<String>> groups = new HashMap<>();
        for (FixRateDao.WorkerRow w : dao.workers(end)) {
            technicians.computeIfAbsent(w.orderId(), k -> new TreeSet<>()).add(w.technician());
            if (w.workGroup() != null) {
                groups.computeIfAbsent(w.orderId(), k -> new TreeSet<>()).add(w.workGroup());
            }
        }
        Map<String, int[]> byTechnician = new TreeMap<>();
        Map<String, int[]> byGroup = new TreeMap<>();
        int[] store = new int[3];
        for (FixRateDao.OrderFigure f : finished) {
            add(store, f.rounds() == 1);
            for (String t : technicians.getOrDefault(f.orderId(), Set.of())) {
                add(byTechnician.computeIfAbsent(t, k -> new int[3]), f.rounds() == 1);
            }
            for (String g : groups.getOrDefault(f.orderId(), Set.of())) {
                add(byGroup.computeIfAbsent(g, k -> new int[3]), f.rounds() == 1);
            }
        }
        for (FixRateDao.OrderFigure f : failures) {
            store[2] += f.rounds();
            for (String t : technicians.getOrDefault(f.orderId(), Set.of())) {
                byTechnician.computeIfAbsent(t, k -> new int[3])[2] += f.rounds();
            }
            for (String g : groups.getOrDefault(f.orderId(), Set.of())) {
                byGroup.computeIfAbsent(g, k -> new int[3])[2] += f.rounds();
            }
        }
        List<FixRate> rates = new ArrayList<>();
        rates.add(new FixRate(storeName, true, store[0], store[1], store[2]));
        byGroup.forEach((name, c) -> rates.add(new FixRate(name, true, c[0], c[1], c[2])));
        byTechnician.forEach((name, c) -> rates.add(new FixRate(name, false, c[0], c[1], c[2])));
        return rates;
    }

    /** Comebacks recorded in [start, end) whose earlier order one technician clocked on (the dashboard's count, per employee). */
    public static int comebacksOf(Handle handle, Instant start, Instant end, long technicianId) {
        return handle.attach(FixRateDao.class).comebackCountOf(start, end, technicianId);
    }

    /**
     * The store's figure alone over [start, end), summed in SQL (the dashboard's), with the
     * comebacks recorded in the period; the same counts as the first line of {@link #fixRates}.
     */
    public static StoreFixRate store(Handle handle, Instant start, Instant end) {
        FixRateDao dao = handle.attach(FixRateDao.class);
        FixRateDao.StoreTally tally = dao.storeTally(start, end);
        return new StoreFixRate(new FixRate("", true, tally.finished(), tally.firstTime() == null ? 0 : tally.firstTime(),
                dao.failedRoundCount(start, end)), dao.comebackCount(start, end));
    }

    /** The store's first-time-fix figure and the comebacks opened in the same period. */
    public record StoreFixRate(FixRate rate, int comebacks) {
    }

    private static void add(int[] counts, boolean firstTime) {
        counts[0]++;
        if (firstTime) {
            counts[1]++;
        }
    }
}
