package com.fours.workbench.environment;

import java.math.BigDecimal;

/**
 * A finished line of the labour operation (or with the part) adds {@code quantityPer} of the kind;
 * for a part, per unit of the line's quantity (litres of new oil to kilograms of waste oil). An
 * old-part rule counts only when the customer left the old parts to the store.
 */
public record WasteRule(long id, long kindId, String kindName, Long operationId, String operationCode, Long partId,
                        String partNumber, BigDecimal quantityPer, boolean oldPart) {

    static final String SELECT = """
            SELECT r.id, r.kind_id, k.name AS kind_name, r.operation_id, o.code AS operation_code, r.part_id,
                   p.part_number, r.quantity_per, r.old_part
            FROM waste_rule r JOIN waste_kind k ON k.id = r.kind_id
            LEFT JOIN labour_operation o ON o.id = r.operation_id LEFT JOIN part p ON p.id = r.part_id
            """;

    public String source() {
        return operationCode != null ? operationCode : partNumber;
    }
}
