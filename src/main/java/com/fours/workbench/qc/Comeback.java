package com.fours.workbench.qc;

import java.time.Instant;
import java.time.LocalDate;

/** A repair order opened for a car that came back inside the guarantee of an earlier order. */
public record Comeback(long repairOrderId, long earlierOrderId, String earlierOrderNumber, LocalDate earlierExitDate,
                       LocalDate guaranteeUntil, int guaranteeUntilKm, Instant recordedAt) {
}
