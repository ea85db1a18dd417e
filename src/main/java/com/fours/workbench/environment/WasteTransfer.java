package com.fours.workbench.environment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A hand-over to a licensed handler under a transfer manifest (转移联单), signed by both sides. */
public record WasteTransfer(long id, long kindId, String kindName, WasteUnit unit, long handlerId, String handlerName,
                            String manifestNo, BigDecimal quantity, String vehicle, LocalDate transferDay,
                            String handedBy, String receivedBy) {

    static final String SELECT = """
            SELECT t.id, t.kind_id, k.name AS kind_name, k.unit, t.handler_id, h.name AS handler_name, t.manifest_no,
                   t.quantity, t.vehicle, t.transfer_day, t.handed_by, t.received_by
            FROM waste_transfer t JOIN waste_kind k ON k.id = t.kind_id JOIN waste_handler h ON h.id = t.handler_id
            """;
}
