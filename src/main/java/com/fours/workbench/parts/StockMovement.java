package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of the stock ledger, as posted: the quantity is signed, + into stock and - out of it. */
public record StockMovement(long id, long partId, long binId, String binCode, BigDecimal quantity,
                            MovementType movementType, BigDecimal unitCost, Long repairOrderId, Long repairOrderLineId,
                            Long reservationId, Long receiptId, Long stocktakeId, String reference, String reason,
                            String username, Instant movedAt) {

    static final String COLUMNS = "m.id, m.part_id, m.bin_id, b.code AS bin_code, m.quantity, m.movement_type, "
            + "m.unit_cost, m.repair_order_id, m.repair_order_line_id, m.reservation_id, m.receipt_id, m.stocktake_id, "
            + "m.reference, m.reason, m.username, m.moved_at";
}
