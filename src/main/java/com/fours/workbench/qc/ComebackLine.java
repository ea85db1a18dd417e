package com.fours.workbench.qc;

import com.fours.workbench.repair.Payer;

/** A labour line of an open guarantee comeback: who pays it, and the earlier order it redoes. */
public record ComebackLine(long orderId, String orderNumber, int orderVersion, String plate, String earlierOrderNumber,
                           long lineId, String description, Payer payer, boolean overridden) {
}
