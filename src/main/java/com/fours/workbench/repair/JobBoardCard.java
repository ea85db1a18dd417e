package com.fours.workbench.repair;

import java.time.Instant;

/**
 * A car on the job board: where it stands, whether it is late (promised time passed, not ready), the
 * tag of its keys on the key board (null when reception took none), and whether it is late with no
 * progress contact since it became late ({@link #contactDue}: the advisor should call).
 */
public record JobBoardCard(long orderId, String orderNumber, String plate, String model, String advisor,
                           Instant promisedAt, JobBoardColumn column, boolean late, String keyTag, boolean contactDue) {
}
