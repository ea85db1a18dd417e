package com.fours.workbench.care;

import java.time.Instant;

/** A complaint with the names a screen shows: the car's plate, the visit's number, the owner's name. */
public record Complaint(long id, String number, ComplaintChannel channel, ComplaintCategory category,
                        ComplaintSeverity severity, long customerId, String customerName, long vehicleId, String plate,
                        Long repairOrderId, String repairOrderNumber, Long callbackId, String customerWords,
                        long ownerId, String ownerName, ComplaintStatus status, Instant receivedAt,
                        Instant acknowledgeBy, Instant solutionBy, Instant resolveBy, Instant acknowledgedAt,
                        Instant solutionAt, Instant resolvedAt, String investigation, String cause, String responsible,
                        String solution, String goodwillCoupon, boolean comebackRequested, Long comebackOrderId,
                        String comebackOrderNumber, Instant confirmedAt, String confirmedBy, Boolean confirmedSatisfied,
                        String confirmationNote, Instant closedAt, String closedBy, String recordedBy, int version) {

    public boolean closed() {
        return status == ComplaintStatus.CLOSED;
    }

    /** Past a deadline whose step is not done yet. */
    public boolean overdue(Instant now) {
        if (closed()) {
            return false;
        }
        return acknowledgedAt == null && now.isAfter(acknowledgeBy)
                || solutionAt == null && now.isAfter(solutionBy)
                || resolvedAt == null && now.isAfter(resolveBy);
    }
}
