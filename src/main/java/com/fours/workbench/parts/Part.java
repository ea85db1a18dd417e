package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;

/** A part of the parts master (配件档案). Its stock is not here: it is derived from the ledger. */
public record Part(long id, String partNumber, String nameZh, String nameEn, String brand, String specification,
                   PartUnit unit, PartCategory category, boolean active, BigDecimal reorderPoint,
                   BigDecimal reorderQuantity, Money averageCost, PricePolicy pricePolicy, Money listPrice,
                   List<String> barcodes, int version, Instant createdAt) {

    public Part {
        barcodes = List.copyOf(barcodes);
    }

    public boolean wholeUnits() {
        return unit.whole();
    }

    /** The name a screen or print in {@code formats}' language shows. */
    public String name(Formats formats) {
        return formats.partName(nameZh, nameEn);
    }

    String auditText() {
        return partNumber + " " + nameZh + (nameEn == null ? "" : " / " + nameEn) + ", " + unit + ", " + category
                + ", " + pricePolicy + (listPrice == null ? "" : " " + listPrice.amount().toPlainString())
                + ", reorder " + Quantity.display(reorderPoint) + "/" + Quantity.display(reorderQuantity)
                + ", barcodes " + barcodes + (active ? "" : ", inactive");
    }
}
