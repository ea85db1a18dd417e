package com.fours.workbench.qc;

import org.jdbi.v3.core.Handle;

/** Reads a repair order's {@link QualityOutcome} inside the caller's transaction. */
public interface QualityOutcomes {

    QualityOutcome of(Handle handle, long repairOrderId);
}
