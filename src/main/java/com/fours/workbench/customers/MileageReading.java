package com.fours.workbench.customers;

import java.time.Instant;

/** An odometer reading; a correction downwards names the manager who confirmed it. */
public record MileageReading(int mileage, Instant recordedAt, String recordedBy, String correctionApprovedBy) {
}
