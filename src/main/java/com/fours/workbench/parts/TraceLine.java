package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;

/** Where (part of) an issued quantity came from: the lot, its receipt, the supplier and the order. */
public record TraceLine(long lotId, BigDecimal quantity, long receiptId, Instant receivedAt, String deliveryNote,
                        String supplierName, String orderNumber, BigDecimal unitCost) {
}
