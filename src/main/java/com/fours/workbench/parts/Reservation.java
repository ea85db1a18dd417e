package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;

import com.fours.workbench.core.Formats;

/**
 * A repair-order line's claim on a part. {@code servedFromStock} records whether the store had it
 * when it was asked for (the fill rate counts these).
 */
public record Reservation(long id, long repairOrderId, long repairOrderLineId, long partId, String partNumber,
                          String partName, String partNameEn, PartUnit unit, BigDecimal quantity, BigDecimal issued, BigDecimal returned,
                          ReservationStatus status, boolean servedFromStock, Instant createdAt, int version) {

    static final String COLUMNS = "r.id, r.repair_order_id, r.repair_order_line_id, r.part_id, p.part_number, "
            + "p.name_zh AS part_name, p.name_en AS part_name_en, p.unit, r.quantity, r.issued, r.returned, r.status, r.served_from_stock, "
            + "r.created_at, r.version";

    /** The part's name as a screen in {@code formats}' language shows it. */
    public String name(Formats formats) {
        return formats.partName(partName, partNameEn);
    }

    /** Still to issue. */
    public BigDecimal outstanding() {
        return status == ReservationStatus.OPEN ? quantity.subtract(issued).max(BigDecimal.ZERO) : BigDecimal.ZERO;
    }

    /** Issued and not returned: what may still come back. */
    public BigDecimal returnable() {
        return issued.subtract(returned);
    }
}
