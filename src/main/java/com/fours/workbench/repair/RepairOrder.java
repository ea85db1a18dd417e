package com.fours.workbench.repair;

import java.time.Instant;

/** A repair order (维修工单), opened by the reception that received the car; its number is what people quote. */
public record RepairOrder(long id, String number, RepairOrderStatus status, long customerId, long vehicleId,
                          long intakeId, String advisor, Instant createdAt, int version) {
}
