package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

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

    /** Locks the part's row until the transaction ends: sales of one part queue on it (decision 0103). */
    @SqlQuery("SELECT id FROM part WHERE id = :partId FOR UPDATE")
    Optional<Long> lockPart(long partId);

    @SqlUpdate("""
            INSERT INTO stock_reservation (parts_sale_line_id, part_id, quantity, status, served_from_stock, created_by,
                created_at)
            VALUES (:saleLineId, :partId, :quantity, 'OPEN', TRUE, :user, :at)
            """)
    @GetGeneratedKeys("id")
    long insertForSale(long saleLineId, long partId, BigDecimal quantity, String user, Instant at);

    @SqlQuery("SELECT id FROM stock_reservation WHERE parts_sale_line_id = :saleLineId AND status = 'OPEN'")
    Optional<Long> openOfSaleLine(long saleLineId);

    /** The bin a sale line's parts were last picked from and their cost, for a return. */
    record SalePick(long reservationId, long binId, BigDecimal unitCost) {
    }

    @SqlQuery("""
            SELECT r.id AS reservation_id, m.bin_id, m.unit_cost FROM stock_movement m JOIN stock_reservation r ON r.id = m.reservation_id
            WHERE r.parts_sale_line_id = :saleLineId AND m.movement_type = 'PARTS_SALE' ORDER BY m.id DESC LIMIT 1
            """)
    @RegisterConstructorMapper(SalePick.class)
    Optional<SalePick> lastPickOfSaleLine(long saleLineId);

    /** Marks a reservation issued in full (the demo's picked sales; the service goes through pickForSale). */
    @SqlUpdate("UPDATE stock_reservation SET issued = quantity, status = 'ISSUED', version = version + 1 WHERE id = :id")
    void issuedInFull(long id);
}
