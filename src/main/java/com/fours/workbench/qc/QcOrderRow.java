package com.fours.workbench.qc;

import java.time.Instant;

import com.fours.workbench.repair.RepairOrderStatus;

/** An order in the QC list: where it stands and which level it waits for. */
public record QcOrderRow(long repairOrderId, String orderNumber, RepairOrderStatus status, String plate, String model,
                         String customerName, int roundNo, QcLevel waitingFor, Instant since, boolean certificateRequired,
                         String certificateNumber, boolean comeback) {
}
