package com.fours.workbench.repair;

import java.time.Instant;

/**
 * A car on the job board: where it stands, whether it is late (promised time passed, not ready), and
 * the tag of its keys on the key board (null when reception took none).
 */
public record JobBoardCard(long orderId, String orderNumber, String plate, String model, String advisor,
                           Instant promisedAt, JobBoardColumn column, boolean late, String keyTag) {
}
