package com.fours.workbench.appointments;

import java.time.LocalDate;

/**
 * A car whose next maintenance falls in the coming weeks: by its due date, or by the day its
 * odometer is projected to reach the due mileage. {@code projectedMileage} is the estimate for
 * today (null without enough history).
 */
public record DueVehicle(long vehicleId, long customerId, String plate, String brandAndModel, String ownerName,
                         String phone, LocalDate nextServiceDate, Integer nextServiceMileage, Integer projectedMileage,
                         LocalDate dueOn, boolean byMileage) {
}
