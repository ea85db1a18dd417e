package com.fours.workbench.care;

import java.math.BigDecimal;
import java.time.Instant;

import com.fours.workbench.core.Money;

/**
 * A callback as the caller sees it: the visit at a glance (names and numbers as they were at the
 * hand-back) and where the calls stand. {@code contactConsent} false: a service callback only.
 */
public record Callback(long id, long repairOrderId, String customerName, String mobile, boolean contactConsent,
                       String orderNumber, String plate, String car, String workDone, Money amount, String advisor,
                       String technician, String workGroup, int handbackScore, Instant deliveredAt, Instant dueAt,
                       CallbackStatus status, int noAnswers, Instant closedAt, CallbackFallback fallback,
                       BigDecimal score, boolean unhappy, String remark, int version) {

    public boolean open() {
        return status == CallbackStatus.OPEN;
    }
}
