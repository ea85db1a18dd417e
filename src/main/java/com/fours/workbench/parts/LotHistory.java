package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

/**
 * The lots of a history written in one go (the demo store's six months): the rule of {@link Lots}
 * (an outgoing movement takes from the oldest lots with something left) kept in memory, then the
 * lots and their uses written with one batch each, in the order {@link Lots} would have written
 * them one statement at a time. Sees only the lots opened through it: for parts with no lots yet.
 */
public final class LotHistory {

    private static final class OpenLot {
        final int index;
        BigDecimal remaining;

        OpenLot(int index, BigDecimal remaining) {
            this.index = index;
            this.remaining = remaining;
        }
    }

    private record Use(long movementId, int lotIndex, BigDecimal quantity) {
    }

    private final List<LotDao.StoredLot> lots = new ArrayList<>();
    private final List<OpenLot> state = new ArrayList<>();
    private final Map<Long, Deque<OpenLot>> openByPart = new HashMap<>();
    private final List<Use> uses = new ArrayList<>();

    /** As {@link Lots#open}: a receipt line's lot. */
    public void open(long partId, long receiptId, long movementId, BigDecimal quantity, Instant at) {
        OpenLot lot = new OpenLot(lots.size(), quantity);
        lots.add(new LotDao.StoredLot(partId, receiptId, movementId, quantity, quantity, at));
        state.add(lot);
        openByPart.computeIfAbsent(partId, id -> new ArrayDeque<>()).addLast(lot);
    }

    /** As {@link Lots#consume}: takes from the oldest open lots; what no lot covers stays untraced. */
    public void consume(long partId, long movementId, BigDecimal quantity) {
        Deque<OpenLot> open = openByPart.getOrDefault(partId, new ArrayDeque<>());
        BigDecimal left = quantity;
        while (left.signum() > 0 && !open.isEmpty()) {
            OpenLot lot = open.peekFirst();
            BigDecimal take = lot.remaining.min(left);
            uses.add(new Use(movementId, lot.index, take));
            lot.remaining = lot.remaining.subtract(take);
            left = left.subtract(take);
            if (lot.remaining.signum() <= 0) {
                open.removeFirst();
            }
        }
    }

    /** Writes the lots with what remains of each, then the uses, each table in one batch. */
    public void write(Handle handle) {
        LotDao dao = handle.attach(LotDao.class);
        List<LotDao.StoredLot> rows = new ArrayList<>(lots.size());
        for (int i = 0; i < lots.size(); i++) {
            LotDao.StoredLot lot = lots.get(i);
            rows.add(new LotDao.StoredLot(lot.partId(), lot.receiptId(), lot.movementId(), lot.quantity(),
                    state.get(i).remaining, lot.receivedAt()));
        }
        List<Long> ids = rows.isEmpty() ? List.of() : dao.insertLots(rows);
        List<LotDao.StoredUse> useRows = new ArrayList<>(uses.size());
        for (Use use : uses) {
            useRows.add(new LotDao.StoredUse(use.movementId(), ids.get(use.lotIndex()), use.quantity()));
        }
        if (!useRows.isEmpty()) {
            dao.insertUses(useRows);
        }
    }
}
