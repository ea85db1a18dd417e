package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;

/** Reservations written as they stand, many in one batch: a history loaded at once (the demo store's). */
public interface ReservationDao {

    /** A reservation as stored: already issued in full, released, or open. */
    record StoredReservation(long repairOrderId, long repairOrderLineId, long partId, BigDecimal quantity,
                             BigDecimal issued, ReservationStatus status, boolean servedFromStock, String createdBy,
                             Instant createdAt) {

        public String statusName() {
            return status.name();
        }
    }

    /** Inserts the reservations in order and returns their ids in the same order. */
    @SqlBatch("""
            INSERT INTO stock_reservation (repair_order_id, repair_order_line_id, part_id, quantity, issued, status,
                served_from_stock, created_by, created_at)
            VALUES (:repairOrderId, :repairOrderLineId, :partId, :quantity, :issued, :statusName, :servedFromStock,
                :createdBy, :createdAt)
            """)
    @GetGeneratedKeys("id")
    List<Long> insertAll(@BindMethods List<StoredReservation> reservations);
}
