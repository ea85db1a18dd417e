package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;

/** Lots and their uses written many at a time (see {@link LotHistory}); one at a time they go through {@link Lots}. */
public interface LotDao {

    record StoredLot(long partId, long receiptId, long movementId, BigDecimal quantity, BigDecimal remaining,
                     Instant receivedAt) {
    }

    record StoredUse(long movementId, long lotId, BigDecimal quantity) {
    }

    /** Inserts the lots in order and returns their ids in the same order. */
    @SqlBatch("""
            INSERT INTO stock_lot (part_id, receipt_id, movement_id, quantity, remaining, received_at)
            VALUES (:partId, :receiptId, :movementId, :quantity, :remaining, :receivedAt)
            """)
    @GetGeneratedKeys("id")
    List<Long> insertLots(@BindMethods List<StoredLot> lots);

    @SqlBatch("INSERT INTO stock_lot_use (movement_id, lot_id, quantity) VALUES (:movementId, :lotId, :quantity)")
    void insertUses(@BindMethods List<StoredUse> uses);
}
