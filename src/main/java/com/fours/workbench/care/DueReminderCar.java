package com.fours.workbench.care;

import java.time.Instant;
import java.time.LocalDate;

/** A car on a due list: whose it is, how to reach them, when it is due, and the last call about this due date. */
public record DueReminderCar(long vehicleId, long customerId, String plate, String brandAndModel, String ownerName,
                             String mobile, DueReminderKind kind, LocalDate dueOn, int daysOverdue,
                             Instant lastCallAt, DueReminderOutcome lastOutcome) {
}
