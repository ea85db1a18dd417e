package com.fours.workbench.repair;

import java.time.Instant;

/** A car on the job board: where it stands and whether it is late (promised time passed, not ready). */
public record JobBoardCard(long orderId, String orderNumber, String plate, String model, String advisor,
                           Instant promisedAt, JobBoardColumn column, boolean late) {
}
