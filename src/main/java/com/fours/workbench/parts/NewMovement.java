package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A movement to post through {@link StockLedger#post}. The quantity is signed (+ in, - out) and must
 * suit the type. A null unit cost means the part's moving average cost; a null time means now (the
 * demo history sets its own).
 */
public record NewMovement(long partId, long binId, MovementType type, BigDecimal quantity, BigDecimal unitCost,
                          Long repairOrderId, Long repairOrderLineId, Long reservationId, Long receiptId,
                          Long stocktakeId, String reference, String reason, Instant movedAt) {

    public static NewMovement of(long partId, long binId, MovementType type, BigDecimal signedQuantity) {
        return new NewMovement(partId, binId, type, signedQuantity, null, null, null, null, null, null, null, null, null);
    }

    public NewMovement withUnitCost(BigDecimal cost) {
        return new NewMovement(partId, binId, type, quantity, cost, repairOrderId, repairOrderLineId, reservationId,
                receiptId, stocktakeId, reference, reason, movedAt);
    }

    public NewMovement withRepairOrder(Long orderId, Long lineId, Long reservation) {
        return new NewMovement(partId, binId, type, quantity, unitCost, orderId, lineId, reservation, receiptId,
                stocktakeId, reference, reason, movedAt);
    }

    public NewMovement withReceipt(Long receipt) {
        return new NewMovement(partId, binId, type, quantity, unitCost, repairOrderId, repairOrderLineId, reservationId,
                receipt, stocktakeId, reference, reason, movedAt);
    }

    public NewMovement withStocktake(Long stocktake) {
        return new NewMovement(partId, binId, type, quantity, unitCost, repairOrderId, repairOrderLineId, reservationId,
                receiptId, stocktake, reference, reason, movedAt);
    }

    public NewMovement withReference(String text) {
        return new NewMovement(partId, binId, type, quantity, unitCost, repairOrderId, repairOrderLineId, reservationId,
                receiptId, stocktakeId, text, reason, movedAt);
    }

    public NewMovement withReason(String text) {
        return new NewMovement(partId, binId, type, quantity, unitCost, repairOrderId, repairOrderLineId, reservationId,
                receiptId, stocktakeId, reference, text, movedAt);
    }

    public NewMovement at(Instant when) {
        return new NewMovement(partId, binId, type, quantity, unitCost, repairOrderId, repairOrderLineId, reservationId,
                receiptId, stocktakeId, reference, reason, when);
    }
}
