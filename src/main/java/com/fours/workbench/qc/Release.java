package com.fours.workbench.qc;

import java.time.LocalDate;

import com.fours.workbench.repair.RepairCategory;

/**
 * What the passed final check wrote: how many rounds it took, the exit date and mileage, and the
 * guarantee they give (until a date or a reading, whichever comes first).
 */
public record Release(long repairOrderId, long signatureId, int rounds, LocalDate exitDate, int exitMileage,
                      RepairCategory guaranteeCategory, int guaranteeDays, int guaranteeKm, LocalDate guaranteeUntil,
                      int guaranteeUntilKm) {

    public boolean covers(LocalDate date, int mileage) {
        return Guarantee.covers(guaranteeUntil, guaranteeUntilKm, date, mileage);
    }
}
