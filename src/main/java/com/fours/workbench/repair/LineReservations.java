package com.fours.workbench.repair;

import java.math.BigDecimal;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.parts.Quantity;
import com.fours.workbench.parts.Reservation;
import com.fours.workbench.parts.ReservationResult;
import com.fours.workbench.parts.ReservationService;
import com.fours.workbench.parts.ReservationStatus;

/**
 * The warehouse's side of part lines, in the caller's transaction: a part line reserves its part
 * when added, gives the reservation back when removed, declined or cancelled, and counts as
 * outstanding until the warehouse issued it.
 */
final class LineReservations {

    private final ReservationService reservations;

    LineReservations(ReservationService reservations) {
        this.reservations = reservations;
    }

    /**
     * Reserves the part of a new line. When the store cannot cover it the line is refused with a
     * {@link PartShortageException} (the caller's transaction rolls back: no line, no reservation,
     * no request) unless {@code raisePurchaseRequest}.
     */
    void reserve(Handle handle, long orderId, long lineId, long partId, BigDecimal quantity,
                 boolean raisePurchaseRequest) {
        ReservationResult reserved = reservations.reserve(handle, orderId, lineId, partId, quantity);
        if (reserved.shortage().signum() > 0 && !raisePurchaseRequest) {
            throw new PartShortageException(reserved.reservation().partNumber(), reserved.reservation().partName(),
                    reserved.shortage(), Quantity.display(reserved.shortage()));
        }
        handle.attach(RepairPlanDao.class).setReservation(lineId, reserved.reservation().id());
    }

    /** Gives the line's reservation back; refused once parts were issued to it and not returned. */
    void release(Handle handle, RepairLine line) {
        if (line.reservationId() == null) {
            return;
        }
        Reservation r = handle.attach(RepairPlanDao.class).reservation(line.reservationId());
        if (r.issued().subtract(r.returned()).signum() > 0) {
            throw new BusinessRuleException("repairLine.partsIssued", line.description(), Quantity.display(r.issued()));
        }
        if (r.status() == ReservationStatus.OPEN) {
            reservations.release(handle, r.id());
        }
    }

    /** Part lines still waiting for the warehouse: the order does not go to quality control with any. */
    static int outstanding(Handle handle, long orderId) {
        return handle.attach(RepairPlanDao.class).partsOutstanding(orderId);
    }
}
