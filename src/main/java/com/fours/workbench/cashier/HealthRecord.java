package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One visit as the electronic health record (汽车维修电子健康档案, JT/T 1132) reports it after settlement:
 * its 13 data elements. Repair items carry their labour hours; parts their name, code and quantity.
 */
public record HealthRecord(String shopName, String vin, String plateNumber, LocalDate repairDate, int mileage,
                           LocalDate settlementDate, String settlementListNumber, String faultDescription,
                           List<Item> repairItems, List<Part> parts) {

    public HealthRecord {
        Objects.requireNonNull(shopName, "shopName");
        Objects.requireNonNull(repairDate, "repairDate");
        Objects.requireNonNull(settlementDate, "settlementDate");
        Objects.requireNonNull(settlementListNumber, "settlementListNumber");
        vin = vin == null ? "" : vin;
        plateNumber = plateNumber == null ? "" : plateNumber;
        faultDescription = faultDescription == null ? "" : faultDescription;
        repairItems = List.copyOf(repairItems);
        parts = List.copyOf(parts);
    }

    /** A repair item (维修项目) and its labour hours (工时). */
    public record Item(String name, BigDecimal hours) {
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(hours, "hours");
        }
    }

    /** A part fitted (配件名称, 配件编码, 配件数量). */
    public record Part(String name, String code, BigDecimal quantity) {
        public Part {
            Objects.requireNonNull(name, "name");
            code = code == null ? "" : code;
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** The labour hours of the visit: the sum of its items' hours. */
    public BigDecimal labourHours() {
        return repairItems.stream().map(Item::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
