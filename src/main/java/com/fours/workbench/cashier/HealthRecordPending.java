package com.fours.workbench.cashier;

import java.time.LocalDate;

/** A settled visit the next health-record export will take: its order, car, settlement-list number(s) and day. */
public record HealthRecordPending(long repairOrderId, String orderNumber, String plate, String settlementListNumber,
                                  LocalDate settlementDay) {
}
