package com.fours.workbench.repair;

import java.math.BigDecimal;
import java.time.Instant;

/** A job on a technician's own screen: the car, the work, and whether they are clocked on it. */
public record TechnicianJob(long orderId, String orderNumber, String plate, String model, long lineId,
                            String description, BigDecimal standardHours, LineStatus status, boolean clockedOn,
                            long myMinutes, Instant promisedAt) {

    public BigDecimal myHours() {
        return TechnicianTime.hoursOf(myMinutes);
    }
}
