package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The variance of each line: counted - (book at the freeze + the movements of that part and bin
 * after the freeze that the count had already seen). Each count remembers the highest ledger row
 * when it was entered (its watermark): a part issued during the count before it was counted is not
 * missing, and one received after it was counted is not a surplus.
 */
final class StocktakeVariance {

    /** A line's counts as stored. */
    record Count(long id, long partId, long binId, BigDecimal bookQuantity, BigDecimal unitCost,
                 BigDecimal countedQuantity, Long countedWatermark, boolean recountRequired,
                 BigDecimal recountQuantity, Long recountWatermark, BigDecimal expectedQuantity,
                 BigDecimal varianceQuantity, BigDecimal varianceValue) {

        BigDecimal effective() {
            return recountRequired && recountQuantity != null ? recountQuantity : countedQuantity;
        }

        long watermark() {
            Long mark = recountRequired && recountQuantity != null ? recountWatermark : countedWatermark;
            return mark == null ? 0 : mark;
        }
    }

    /** A counted line's outcome; the value is the variance at the frozen unit cost, half-up to the fen. */
    record Result(long lineId, long partId, long binId, BigDecimal expected, BigDecimal variance, BigDecimal unitCost,
                  BigDecimal value, boolean stored) {

        boolean exceeds(BigDecimal thresholdQuantity, BigDecimal thresholdValue) {
            return variance.abs().compareTo(thresholdQuantity) > 0 || value.abs().compareTo(thresholdValue) > 0;
        }
    }

    private StocktakeVariance() {
    }

    /** The outcome of every counted line; lines not counted yet are left out. */
    static List<Result> compute(Handle handle, long stocktakeId, long freezeMovementId) {
        StocktakeDao dao = handle.attach(StocktakeDao.class);
        // the movements during the count are few: a range of the ledger's primary key
        Map<List<Long>, List<StocktakeDao.Movement>> during = new HashMap<>();
        for (StocktakeDao.Movement m : dao.movementsAfter(freezeMovementId)) {
            during.computeIfAbsent(List.of(m.partId(), m.binId()), k -> new ArrayList<>()).add(m);
        }
        List<Result> results = new ArrayList<>();
        for (Count c : dao.counts(stocktakeId)) {
            BigDecimal counted = c.effective();
            if (counted == null) {
                continue;
            }
            BigDecimal expected = c.bookQuantity();
            long seen = c.watermark();
            for (StocktakeDao.Movement m : during.getOrDefault(List.of(c.partId(), c.binId()), List.of())) {
                if (m.id() <= seen) {
                    expected = expected.add(m.quantity());
                }
            }
            BigDecimal variance = counted.subtract(expected).setScale(Quantity.SCALE, RoundingMode.UNNECESSARY);
            BigDecimal value = variance.multiply(c.unitCost()).setScale(2, RoundingMode.HALF_UP);
            boolean stored = same(expected, c.expectedQuantity()) && same(variance, c.varianceQuantity())
                    && same(value, c.varianceValue());
            results.add(new Result(c.id(), c.partId(), c.binId(), expected, variance, c.unitCost(), value, stored));
        }
        return results;
    }

    private static boolean same(BigDecimal computed, BigDecimal stored) {
        return stored != null && computed.compareTo(stored) == 0;
    }

    /**
     * Stores expected quantity, variance and value on the lines whose stored figures differ, in one
     * batch. Once counting is finished the counts and what they had seen no longer change, so posting
     * usually finds nothing to write here.
     */
    static void store(Handle handle, List<Result> all) {
        List<Result> results = all.stream().filter(r -> !r.stored()).toList();
        if (results.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                UPDATE stocktake_line SET expected_quantity = :expected, variance_quantity = :variance,
                       variance_value = :value WHERE id = :id
                """);
        for (Result r : results) {
            batch.bind("expected", r.expected()).bind("variance", r.variance()).bind("value", r.value())
                    .bind("id", r.lineId()).add();
        }
        batch.execute();
    }
}
