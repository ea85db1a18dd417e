package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Traceability by FIFO lots (decision 16): each receipt line opens a lot; a movement that sends a
 * part out of the store (to a repair order, over the counter, back to the supplier) takes its
 * quantity from the oldest lots with something left and writes which ones; a return from a repair
 * order gives back to the lots its issues took from, newest first.
 */
public final class Lots {

    private Lots() {
    }

    record OpenLot(long id, BigDecimal remaining) {
    }

    record Use(long lotId, BigDecimal quantity) {
    }

    public static void open(Handle handle, long partId, long receiptId, long movementId, BigDecimal quantity, Instant at) {
        handle.createUpdate("""
                INSERT INTO stock_lot (part_id, receipt_id, movement_id, quantity, remaining, received_at)
                VALUES (:partId, :receiptId, :movementId, :quantity, :quantity, :at)
                """).bind("partId", partId).bind("receiptId", receiptId).bind("movementId", movementId)
                .bind("quantity", quantity).bind("at", at).execute();
    }

    /** Takes {@code quantity} from the oldest open lots for an outgoing movement; what no lot covers stays untraced. */
    public static void consume(Handle handle, long partId, long movementId, BigDecimal quantity) {
        BigDecimal left = quantity;
        List<OpenLot> lots = handle.createQuery("""
                SELECT id, remaining FROM stock_lot WHERE part_id = :partId AND remaining > 0 ORDER BY id FOR UPDATE
                """).bind("partId", partId).map(ConstructorMapper.of(OpenLot.class)).list();
        for (OpenLot lot : lots) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = lot.remaining().min(left);
            use(handle, movementId, lot.id(), take);
            left = left.subtract(take);
        }
    }

    /** Gives a returned quantity back to the lots that the reservation's issues took from, newest first. */
    static void giveBack(Handle handle, long reservationId, long returnMovementId, BigDecimal quantity) {
        BigDecimal left = quantity;
        List<Use> uses = handle.createQuery("""
                SELECT u.lot_id, SUM(u.quantity) AS quantity FROM stock_lot_use u
                JOIN stock_movement m ON m.id = u.movement_id
                WHERE m.reservation_id = :reservationId
                GROUP BY u.lot_id HAVING SUM(u.quantity) > 0 ORDER BY u.lot_id DESC
                """).bind("reservationId", reservationId).map(ConstructorMapper.of(Use.class)).list();
        for (Use taken : uses) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal back = taken.quantity().min(left);
            use(handle, returnMovementId, taken.lotId(), back.negate());
            left = left.subtract(back);
        }
    }

    private static void use(Handle handle, long movementId, long lotId, BigDecimal quantity) {
        handle.createUpdate("INSERT INTO stock_lot_use (movement_id, lot_id, quantity) VALUES (:m, :l, :q)")
                .bind("m", movementId).bind("l", lotId).bind("q", quantity).execute();
        handle.createUpdate("UPDATE stock_lot SET remaining = remaining - :q WHERE id = :l")
                .bind("q", quantity).bind("l", lotId).execute();
    }
}
