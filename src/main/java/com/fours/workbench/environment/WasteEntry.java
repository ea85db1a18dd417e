package com.fours.workbench.environment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the ledger as the screen and the print read it. */
public record WasteEntry(long id, long kindId, String kindName, WasteUnit unit, LocalDate entryDay,
                         WasteMovement movement, BigDecimal quantity, WasteSource source, String orderNumber,
                         Long transferId, Long correctsId, String note, String recordedBy) {

    static final String SELECT = """
            SELECT e.id, e.kind_id, k.name AS kind_name, k.unit, e.entry_day, e.movement, e.quantity, e.source,
                   e.order_number, e.transfer_id, e.corrects_id, e.note, e.recorded_by
            FROM waste_entry e JOIN waste_kind k ON k.id = e.kind_id
            """;
}
