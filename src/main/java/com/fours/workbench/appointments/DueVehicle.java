package com.fours.workbench.appointments;

import java.time.LocalDate;

/**
 * A car whose next maintenance falls in the coming weeks: by its due date, or by the day its
 * odometer is projected to reach the due mileage. {@code projectedMileage} is the estimate for
 * today (null without enough history). {@code daysOverdue} counts the days since {@code dueOn} when it
 * is past (the list reaches back 90 days), else 0.
 */
public record DueVehicle(long vehicleId, long customerId, String plate, String brandAndModel, String ownerName,
                         String phone, LocalDate nextServiceDate, Integer nextServiceMileage, Integer projectedMileage,
                         LocalDate dueOn, boolean byMileage, int daysOverdue) {

    public boolean overdue() {
        return daysOverdue > 0;
    }
}
