package com.fours.workbench.parts;

import java.math.BigDecimal;

import com.fours.workbench.core.Formats;

/**
 * One part in one bin of a stocktake: the book quantity and unit cost frozen at the start, the count
 * and, where the variance was too large, the recount that replaces it. Expected quantity and variance
 * are filled when counting finishes and again when the stocktake is posted.
 */
public record StocktakeLine(long id, long stocktakeId, long partId, String partNumber, String nameZh, String nameEn,
                            String specification, PartUnit unit, long binId, String binCode,
                            BigDecimal bookQuantity, BigDecimal unitCost, BigDecimal countedQuantity,
                            boolean recountRequired, BigDecimal recountQuantity, BigDecimal expectedQuantity,
                            BigDecimal varianceQuantity, BigDecimal varianceValue) {

    static final String COLUMNS = "l.id, l.stocktake_id, l.part_id, p.part_number, p.name_zh, p.name_en, "
            + "p.specification, p.unit, l.bin_id, b.code AS bin_code, l.book_quantity, l.unit_cost, "
            + "l.counted_quantity, l.recount_required, l.recount_quantity, l.expected_quantity, "
            + "l.variance_quantity, l.variance_value";
    static final String FROM = " FROM stocktake_line l JOIN part p ON p.id = l.part_id JOIN bin b ON b.id = l.bin_id ";

    /** The count that stands: the recount where one was required and made, else the first count. */
    public BigDecimal effectiveCount() {
        return recountRequired && recountQuantity != null ? recountQuantity : countedQuantity;
    }

    /** The name a screen or print in {@code formats}' language shows. */
    public String name(Formats formats) {
        return formats.partName(nameZh, nameEn);
    }
}
