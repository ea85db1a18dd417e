package com.fours.workbench.partsales;

import java.math.BigDecimal;

import com.fours.workbench.core.Money;
import com.fours.workbench.parts.PartUnit;

/** A line of a sales order: the part, the quantity, the retail (list) price and the agreed price per unit. */
public record PartsSaleLine(long id, int lineNo, long partId, String partNumber, String partName, String partNameEn,
                            String brand, String specification, PartUnit unit, BigDecimal quantity, Money listPrice,
                            Money unitPrice, BigDecimal picked, BigDecimal returned) {

    static final String COLUMNS = "l.id, l.line_no, l.part_id, p.part_number, p.name_zh AS part_name, "
            + "p.name_en AS part_name_en, p.brand, p.specification, p.unit, l.quantity, l.list_price, l.unit_price, "
            + "l.picked, l.returned";

    /** Quantity × price, rounded half-up to the fen. */
    public Money amount() {
        return unitPrice.times(quantity);
    }

    /** Sold and not yet come back. */
    public BigDecimal returnable() {
        return picked.subtract(returned);
    }
}
