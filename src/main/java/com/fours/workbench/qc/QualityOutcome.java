package com.fours.workbench.qc;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What quality control hands on about one repair order: to the cashier (the inspector and the
 * guarantee printed on the settlement list) and to the delivery gate (the completion certificate).
 * The guarantee ends on {@code guaranteeUntil} or at {@code guaranteeUntilKm} on the odometer,
 * whichever comes first; both are null until the final check has passed.
 */
public record QualityOutcome(long repairOrderId, boolean finalCheckPassed, String inspectorName, Instant finalCheckAt,
                             LocalDate guaranteeUntil, Integer guaranteeUntilKm, boolean certificateRequired,
                             String certificateNumber, boolean comeback, String comebackOfOrderNumber) {

    /** The car may leave as far as quality control is concerned. */
    public boolean releasable() {
        return finalCheckPassed && (!certificateRequired || certificateNumber != null);
    }
}
