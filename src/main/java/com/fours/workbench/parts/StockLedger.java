package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.security.Session;

/**
 * The one class that writes stock movements and stock balances. A caller posts a list of movements
 * inside its own transaction; either all of them are written with their balances, or the caller's
 * transaction fails with the reason and nothing is kept.
 *
 * <p>Negative stock is refused by a conditional update ({@code ... WHERE on_hand + q >= 0}): the row
 * lock that update takes makes a second clerk taking the last unit wait for the first, and then find
 * nothing left. A CHECK constraint on the table is the last guard.
 */
public final class StockLedger {


    private final Session session;
    private final Clock clock;

    public StockLedger(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** What the ledger needs to know of a part to post for it. */
    record PartFacts(long id, String partNumber, boolean wholeUnits, BigDecimal averageCost) {
    }

    /**
     * Posts movements, in order, in the caller's transaction; returns the ids of the ledger rows in the
     * same order. Refuses (a {@link BusinessRuleException}, so the caller's transaction rolls back) a
     * quantity of the wrong sign for its type, a fraction of a whole unit, and anything that would
     * take a balance below zero. A receipt updates the part's moving average cost.
     */
    public List<Long> post(Handle handle, List<NewMovement> movements) {
        return post(handle, movements, session.requireUser().username());
    }

    /** As {@link #post(Handle, List)} for a named user when nobody is logged in (the demo data). */
    public List<Long> post(Handle handle, List<NewMovement> movements, String username) {
        return write(handle, movements, username, true);
    }

    /**
     * As {@link #post(Handle, List)} for a large batch whose ledger row ids nobody needs (a stocktake's
     * variances): the same checks, balances and rows, without asking the database for the generated
     * ids, which costs H2 a result row per inserted row.
     */
    public void postAll(Handle handle, List<NewMovement> movements) {
        write(handle, movements, session.requireUser().username(), false);
    }

    private List<Long> write(Handle handle, List<NewMovement> movements, String username, boolean returnIds) {
        if (movements.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Long, PartFacts> parts = facts(handle, movements);
        for (NewMovement m : movements) {
            PartFacts part = parts.get(m.partId());
            if (part == null) {
                throw new BusinessRuleException("part.notFound", String.valueOf(m.partId()));
            }
            if (m.quantity() == null || !m.type().allows(m.quantity().signum())) {
                throw new BusinessRuleException("stock.wrongSign", part.partNumber(), m.type().name());
            }
            Quantity.check(m.quantity().abs(), part.wholeUnits());
            if (m.unitCost() != null && (m.unitCost().signum() < 0 || m.unitCost().stripTrailingZeros().scale() > 2)) {
                throw new BusinessRuleException("stock.invalidCost", part.partNumber());
            }
            if (m.unitCost() != null) {
                // the average cost lies between the old average and this price, so a storable price keeps it storable
                Money.exact(m.unitCost());
            }
        }
        requireBins(handle, movements);
        updateAverageCosts(handle, movements, parts);
        applyToBalances(handle, movements, parts);
        return insertMovements(handle, movements, parts, username, now, returnIds);
    }

    public List<Long> post(Handle handle, NewMovement... movements) {
        return post(handle, List.of(movements));
    }

    /** A bin that does not exist is refused by name before any row is written, not by a foreign key. */
    private static void requireBins(Handle handle, List<NewMovement> movements) {
        Set<Long> ids = new LinkedHashSet<>();
        movements.forEach(m -> ids.add(m.binId()));
        Set<Long> found = new HashSet<>(handle.createQuery(
                        "SELECT b.id FROM UNNEST(:ids) AS wanted (id) JOIN bin b ON b.id = wanted.id")
                .bindArray("ids", Long.class, ids.toArray(new Long[0])).mapTo(Long.class).list());
        for (Long id : ids) {
            if (!found.contains(id)) {
                throw new BusinessRuleException("bin.notFound", String.valueOf(id));
            }
        }
    }

    private static Map<Long, PartFacts> facts(Handle handle, List<NewMovement> movements) {
        Set<Long> ids = new LinkedHashSet<>();
        movements.forEach(m -> ids.add(m.partId()));
        Map<Long, PartFacts> facts = new HashMap<>();
        // one statement joining the part table to the array of ids: H2 reads the array and looks each id up
        // by primary key (as PostgreSQL does). Not "id = ANY(:ids)": H2 2.3 evaluates that row by row over a
        // scan of part with a linear search of the array, 20,000 x 20,000 comparisons for a stocktake; nor
        // IN lists, which H2 rechecks for every row found by searching the list
        handle.createQuery("""
                        SELECT p.id, p.part_number, p.whole_units, p.average_cost
                        FROM UNNEST(:ids) AS wanted (id) JOIN part p ON p.id = wanted.id
                        """)
                .bindArray("ids", Long.class, ids.toArray(new Long[0]))
                .map(ConstructorMapper.of(PartFacts.class))
                .forEach(f -> facts.put(f.id(), f));
        return facts;
    }

    /**
     * Moving average: (on hand x average + received x price) / (on hand + received), rounded half-up
     * to the fen. With nothing on hand the receipt's price is the new average.
     */
    private void updateAverageCosts(Handle handle, List<NewMovement> movements, Map<Long, PartFacts> parts) {
        if (movements.stream().noneMatch(m -> m.type() == MovementType.RECEIPT && m.unitCost() != null)) {
            return;
        }
        // on hand as it stands before each line, so several receipts of a part in one batch average in turn
        Map<Long, BigDecimal> running = new HashMap<>();
        for (NewMovement m : movements) {
            BigDecimal onHand = running.computeIfAbsent(m.partId(), id -> onHand(handle, id));
            if (m.type() == MovementType.RECEIPT && m.unitCost() != null) {
                PartFacts part = parts.get(m.partId());
                // lock the part row so two receipts of the same part average one after the other
                BigDecimal average = handle.createQuery("SELECT average_cost FROM part WHERE id = :id FOR UPDATE")
                        .bind("id", m.partId()).mapTo(BigDecimal.class).one();
                BigDecimal newAverage = onHand.signum() <= 0 ? m.unitCost()
                        : onHand.multiply(average).add(m.quantity().multiply(m.unitCost()))
                                .divide(onHand.add(m.quantity()), 2, RoundingMode.HALF_UP);
                newAverage = newAverage.setScale(2, RoundingMode.HALF_UP);
                handle.createUpdate("UPDATE part SET average_cost = :cost WHERE id = :id")
                        .bind("cost", newAverage).bind("id", m.partId()).execute();
                parts.put(part.id(), new PartFacts(part.id(), part.partNumber(), part.wholeUnits(), newAverage));
            }
            running.put(m.partId(), onHand.add(m.quantity()));
        }
    }

    /**
     * Applies the movements to the balances in input order with one batch of conditional updates. A
     * line that updates no row either takes a balance below zero (refused) or meets a (part, bin)
     * that has no balance row yet: those rows are created and the lines of those pairs that found no
     * row are applied again, in order, so the result is the same as applying the lines one by one. A stocktake,
     * whose balance rows all exist, costs one batch.
     */
    private static void applyToBalances(Handle handle, List<NewMovement> movements, Map<Long, PartFacts> parts) {
        int[] updated = update(handle, movements);
        Set<List<Long>> created = new LinkedHashSet<>();
        for (int i = 0; i < updated.length; i++) {
            NewMovement m = movements.get(i);
            List<Long> key = List.of(m.partId(), m.binId());
            // a line that adds and updates nothing meets no row yet, or would pass the column's limit: asked again below
            if (updated[i] == 0 && m.quantity().signum() > 0) {
                created.add(key);
            } else if (updated[i] == 0 && !created.contains(key)) {
                throw insufficient(handle, m, parts);
            }
        }
        if (created.isEmpty()) {
            return;
        }
        PreparedBatch insert = handle.prepareBatch("""
                INSERT INTO stock_balance (part_id, bin_id, on_hand)
                SELECT :partId, :binId, 0 FROM (VALUES (0)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM stock_balance WHERE part_id = :partId AND bin_id = :binId)
                """);
        for (List<Long> key : created) {
            insert.bind("partId", key.get(0)).bind("binId", key.get(1)).add();
        }
        insert.execute();
        List<NewMovement> again = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            NewMovement m = movements.get(i);
            if (updated[i] == 0 && created.contains(List.of(m.partId(), m.binId()))) {
                again.add(m);
            }
        }
        int[] second = update(handle, again);
        for (int i = 0; i < second.length; i++) {
            if (second[i] == 0 && again.get(i).quantity().signum() > 0) {
                throw tooLarge(handle, again.get(i), parts);
            }
            if (second[i] == 0) {
                throw insufficient(handle, again.get(i), parts);
            }
        }
    }

    private static int[] update(Handle handle, List<NewMovement> movements) {
        PreparedBatch batch = handle.prepareBatch("""
                UPDATE stock_balance SET on_hand = on_hand + :quantity
                WHERE part_id = :partId AND bin_id = :binId AND on_hand + :quantity >= 0 AND on_hand + :quantity <= :max
                """);
        for (NewMovement m : movements) {
            batch.bind("quantity", m.quantity()).bind("partId", m.partId()).bind("binId", m.binId())
                    .bind("max", Quantity.MAX).add();
        }
        return batch.execute();
    }

    private static BusinessRuleException insufficient(Handle handle, NewMovement m, Map<Long, PartFacts> parts) {
        String bin = handle.createQuery("SELECT code FROM bin WHERE id = :id").bind("id", m.binId())
                .mapTo(String.class).findOne().orElse(String.valueOf(m.binId()));
        return new BusinessRuleException("stock.insufficient", parts.get(m.partId()).partNumber(), bin,
                Quantity.display(onHand(handle, m.partId(), m.binId())), Quantity.display(m.quantity().negate()));
    }

    private static BusinessRuleException tooLarge(Handle handle, NewMovement m, Map<Long, PartFacts> parts) {
        String bin = handle.createQuery("SELECT code FROM bin WHERE id = :id").bind("id", m.binId())
                .mapTo(String.class).findOne().orElse(String.valueOf(m.binId()));
        return new BusinessRuleException("stock.onHandTooLarge", parts.get(m.partId()).partNumber(), bin,
                Quantity.display(onHand(handle, m.partId(), m.binId())), Quantity.display(m.quantity()),
                Quantity.display(Quantity.MAX));
    }

    private static List<Long> insertMovements(Handle handle, List<NewMovement> movements, Map<Long, PartFacts> parts,
                                              String username, Instant now, boolean returnIds) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO stock_movement (part_id, bin_id, quantity, movement_type, unit_cost, repair_order_id,
                    repair_order_line_id, reservation_id, receipt_id, stocktake_id, reference, reason, username, moved_at)
                VALUES (:partId, :binId, :quantity, :type, :unitCost, :repairOrderId, :repairOrderLineId,
                    :reservationId, :receiptId, :stocktakeId, :reference, :reason, :username, :movedAt)
                """);
        Map<LocalDate, BigDecimal> valueByDay = new TreeMap<>();
        for (NewMovement m : movements) {
            BigDecimal cost = m.unitCost() != null ? m.unitCost() : parts.get(m.partId()).averageCost();
            valueByDay.merge(LocalDate.ofInstant(m.movedAt() != null ? m.movedAt() : now, ZoneOffset.UTC),
                    m.quantity().multiply(cost), BigDecimal::add);
            batch.bind("partId", m.partId()).bind("binId", m.binId()).bind("quantity", m.quantity())
                    .bind("type", m.type().name()).bind("unitCost", cost)
                    .bind("repairOrderId", m.repairOrderId()).bind("repairOrderLineId", m.repairOrderLineId())
                    .bind("reservationId", m.reservationId()).bind("receiptId", m.receiptId())
                    .bind("stocktakeId", m.stocktakeId()).bind("reference", m.reference()).bind("reason", m.reason())
                    .bind("username", username).bind("movedAt", m.movedAt() != null ? m.movedAt() : now).add();
        }
        List<Long> ids;
        if (!returnIds) {
            batch.execute();
            ids = List.of();
        } else {
            ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
        }
        addToDailyValue(handle, valueByDay);
        return ids;
    }

    /**
     * Keeps the ledger's value per UTC day ({@code stock_value_day}, V31) in step with the movements
     * written in the same transaction, so the value at any moment is a few thousand days' sums plus
     * one day's movements instead of a sum over the whole ledger (decision 0100). Days in order, so two
     * postings lock them in the same order.
     */
    private static void addToDailyValue(Handle handle, Map<LocalDate, BigDecimal> valueByDay) {
        PreparedBatch create = handle.prepareBatch("INSERT INTO stock_value_day (value_day, ledger_value) VALUES (:day, 0) "
                + "ON CONFLICT DO NOTHING");
        PreparedBatch add = handle.prepareBatch("UPDATE stock_value_day SET ledger_value = ledger_value + :value "
                + "WHERE value_day = :day");
        valueByDay.forEach((day, value) -> {
            create.bind("day", day).add();
            add.bind("day", day).bind("value", value).add();
        });
        if (!valueByDay.isEmpty()) {
            create.execute();
            add.execute();
        }
    }

    /** On hand of a part in one bin: a primary-key lookup. */
    public static BigDecimal onHand(Handle handle, long partId, long binId) {
        return handle.createQuery("SELECT on_hand FROM stock_balance WHERE part_id = :partId AND bin_id = :binId")
                .bind("partId", partId).bind("binId", binId).mapTo(BigDecimal.class).findOne()
                .orElse(BigDecimal.ZERO.setScale(Quantity.SCALE));
    }

    /** On hand of a part over all its bins: a range of the primary key. */
    public static BigDecimal onHand(Handle handle, long partId) {
        return handle.createQuery("SELECT COALESCE(SUM(on_hand), 0) FROM stock_balance WHERE part_id = :partId")
                .bind("partId", partId).mapTo(BigDecimal.class).one().setScale(Quantity.SCALE);
    }

    /** The bins that hold or held the part, with their on hand, by bin code. */
    public static List<StockBalance> balances(Handle handle, long partId) {
        return handle.createQuery("""
                SELECT s.part_id, s.bin_id, b.code AS bin_code, s.on_hand FROM stock_balance s JOIN bin b ON b.id = s.bin_id
                WHERE s.part_id = :partId ORDER BY b.code
                """).bind("partId", partId).map(ConstructorMapper.of(StockBalance.class)).list();
    }

    /** The newest movements of a part first. */
    public static List<StockMovement> history(Handle handle, long partId, int limit) {
        return handle.createQuery("SELECT " + StockMovement.COLUMNS
                        + " FROM stock_movement m JOIN bin b ON b.id = m.bin_id WHERE m.part_id = :partId"
                        + " ORDER BY m.moved_at DESC, m.id DESC LIMIT :limit")
                .bind("partId", partId).bind("limit", limit).map(ConstructorMapper.of(StockMovement.class)).list();
    }

    public static Optional<StockMovement> movement(Handle handle, long movementId) {
        return handle.createQuery("SELECT " + StockMovement.COLUMNS
                        + " FROM stock_movement m JOIN bin b ON b.id = m.bin_id WHERE m.id = :id")
                .bind("id", movementId).map(ConstructorMapper.of(StockMovement.class)).findOne();
    }

    /**
     * The (part, bin) balances that are negative or differ from the sum of their movements: none,
     * as long as the ledger holds. A backup's check and the tests ask it.
     */
    public static List<Map<String, Object>> brokenBalances(Handle handle) {
        return handle.createQuery("""
                SELECT s.part_id, s.bin_id FROM stock_balance s
                LEFT JOIN (SELECT part_id, bin_id, SUM(quantity) AS total FROM stock_movement GROUP BY part_id, bin_id) m
                  ON m.part_id = s.part_id AND m.bin_id = s.bin_id
                WHERE s.on_hand <> COALESCE(m.total, 0) OR s.on_hand < 0
                UNION ALL
                SELECT m.part_id, m.bin_id
                FROM (SELECT part_id, bin_id, SUM(quantity) AS total FROM stock_movement GROUP BY part_id, bin_id) m
                LEFT JOIN stock_balance s ON m.part_id = s.part_id AND m.bin_id = s.bin_id
                WHERE s.part_id IS NULL AND m.total <> 0
                """).mapToMap().list();
    }
}
