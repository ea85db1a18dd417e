package com.fours.workbench.qc;

import java.time.LocalDate;

/**
 * How often the store services a brand, or one model of it (an empty model: every model of the
 * brand): every so many km, every so many months, or both, whichever comes first.
 */
public record MaintenanceInterval(long id, String brand, String model, Integer everyKm, Integer everyMonths) {

    /** The next service after one finished on {@code day} at {@code km}: each part the interval sets, else null. */
    public NextService after(LocalDate day, int km) {
        return new NextService(everyMonths == null ? null : day.plusMonths(everyMonths),
                everyKm == null ? null : km + everyKm);
    }

    /** When the car is next due: by date, by mileage, whichever comes first (either may be absent). */
    public record NextService(LocalDate date, Integer mileage) {
    }
}
