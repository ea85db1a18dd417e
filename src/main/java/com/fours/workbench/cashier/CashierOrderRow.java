package com.fours.workbench.cashier;

import java.time.Instant;

import com.fours.workbench.core.Money;
import com.fours.workbench.repair.RepairOrderStatus;

/** An order at the cashier's desk: waiting to be settled, or settled and waiting to be paid or collected. */
public record CashierOrderRow(long id, String number, RepairOrderStatus status, String plate, String model,
                              String customerName, Instant createdAt, Money total, int version) {
}
