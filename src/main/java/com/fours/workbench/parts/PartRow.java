package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fours.workbench.core.Money;

public record PartRow(long id, String partNumber, String nameZh, String nameEn, String brand, String specification,
               String unit, boolean wholeUnits, String category, boolean active, BigDecimal reorderPoint,
               BigDecimal reorderQuantity, BigDecimal averageCost, String pricePolicy, BigDecimal listPrice,
               int version, Instant createdAt) {

    static final String COLUMNS = "p.id, p.part_number, p.name_zh, p.name_en, p.brand, p.specification, p.unit, "
            + "p.whole_units, p.category, p.active, p.reorder_point, p.reorder_quantity, p.average_cost, "
            + "p.price_policy, p.list_price, p.version, p.created_at";

    Part toPart(List<String> barcodes) {
        return new Part(id, partNumber, nameZh, nameEn, brand, specification, PartUnit.valueOf(unit),
                PartCategory.valueOf(category), active, reorderPoint, reorderQuantity, Money.of(averageCost),
                PricePolicy.valueOf(pricePolicy), listPrice == null ? null : Money.of(listPrice), barcodes, version,
                createdAt);
    }
}
