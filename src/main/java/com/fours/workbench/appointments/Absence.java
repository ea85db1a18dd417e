package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A technician away on each day from {@code firstDay} to {@code lastDay}: all day, or {@code hours} of it. */
public record Absence(long id, long userId, String technicianName, LocalDate firstDay, LocalDate lastDay,
                      BigDecimal hours, String reason) {

    public boolean wholeDay() {
        return hours == null;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
