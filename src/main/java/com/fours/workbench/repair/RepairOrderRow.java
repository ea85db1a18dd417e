package com.fours.workbench.repair;

import java.time.Instant;

import com.fours.workbench.core.Money;

/** A repair order in a list: the car, the customer, where it stands and what it comes to. */
public record RepairOrderRow(long id, String number, RepairOrderStatus status, String plate, String model,
                             String customerName, String advisor, Instant createdAt, Instant promisedAt, Money total,
                             int version) {
}
