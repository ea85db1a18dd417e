package com.fours.workbench.parts;

import java.math.BigDecimal;

import com.fours.workbench.core.Formats;

/** One line of a pick list: go to this bin, take this many of this part for this reservation. */
public record PickLine(long reservationId, long repairOrderId, String binCode, Long binId, long partId,
                       String partNumber, String partName, String partNameEn, PartUnit unit, BigDecimal toPick,
                       BigDecimal onHandInBin) {

    /** The part's name as a screen in {@code formats}' language shows it. */
    public String name(Formats formats) {
        return formats.partName(partName, partNameEn);
    }
}
