package com.fours.workbench.parts;

import java.math.BigDecimal;

/** One line of a pick list: go to this bin, take this many of this part for this reservation. */
public record PickLine(long reservationId, long repairOrderId, String binCode, Long binId, long partId,
                       String partNumber, String partName, PartUnit unit, BigDecimal toPick, BigDecimal onHandInBin) {
}
