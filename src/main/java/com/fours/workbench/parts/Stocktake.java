package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stocktake (盘点) and how far its counting has come. The book quantities were frozen at
 * {@code frozenAt}; ledger rows after {@code freezeMovementId} are the movements during the count.
 */
public record Stocktake(long id, StocktakeScope scope, String binFrom, String binTo, PartCategory category,
                        StocktakeStatus status, BigDecimal thresholdQuantity, BigDecimal thresholdValue,
                        long freezeMovementId, Instant frozenAt, String createdBy, String approvedBy,
                        Instant approvedAt, String postedBy, Instant postedAt, int version, int lineCount,
                        int countedLines, int recountLines, int recountedLines) {

    static final String COLUMNS = "t.id, t.scope, t.bin_from, t.bin_to, t.category, t.status, t.threshold_quantity, "
            + "t.threshold_value, t.freeze_movement_id, t.frozen_at, t.created_by, t.approved_by, t.approved_at, "
            + "t.posted_by, t.posted_at, t.version, "
            + "(SELECT COUNT(*) FROM stocktake_line l WHERE l.stocktake_id = t.id) AS line_count, "
            + "(SELECT COUNT(*) FROM stocktake_line l WHERE l.stocktake_id = t.id AND l.counted_quantity IS NOT NULL) AS counted_lines, "
            + "(SELECT COUNT(*) FROM stocktake_line l WHERE l.stocktake_id = t.id AND l.recount_required) AS recount_lines, "
            + "(SELECT COUNT(*) FROM stocktake_line l WHERE l.stocktake_id = t.id AND l.recount_required "
            + "AND l.recount_quantity IS NOT NULL) AS recounted_lines";

    /** Lines the counters still have to count in the current round (first count, or recount). */
    public int openLines() {
        return status == StocktakeStatus.RECOUNTING || (status == StocktakeStatus.PAUSED && recountLines > 0)
                ? recountLines - recountedLines : lineCount - countedLines;
    }
}
