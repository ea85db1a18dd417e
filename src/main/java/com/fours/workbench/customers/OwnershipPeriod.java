package com.fours.workbench.customers;

import java.time.Instant;

/** One owner of a vehicle and when; {@code untilAt} is null for the current owner. */
public record OwnershipPeriod(long customerId, String customerName, Instant fromAt, Instant untilAt) {
}
