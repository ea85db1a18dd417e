package com.fours.workbench.repair;

import java.math.BigDecimal;
import java.time.Instant;

/** A labour line the team lead can dispatch, with who has it now (null: nobody yet). */
public record DispatchJob(long orderId, String orderNumber, String plate, String model, Instant promisedAt, long lineId,
                          String description, BigDecimal standardHours, LineStatus status, String assignee) {
}
