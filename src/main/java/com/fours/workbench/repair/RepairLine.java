package com.fours.workbench.repair;

import java.math.BigDecimal;
import java.time.Instant;

import com.fours.workbench.core.Money;

/**
 * A line of a repair order. For labour the quantity is the hours and the unit price the hourly
 * rate; the amount is quantity × unit price rounded half-up to the fen, and the order's totals are
 * sums of these amounts. A line is approved when the customer agreed to it ({@link #approvalId});
 * a declined line stays on the order as a recommendation for the next visit and costs nothing.
 */
public record RepairLine(long id, long repairOrderId, int lineNo, LineKind kind, Long operationId, String operationCode,
                         Long partId, String partNumber, String description, RepairCategory category,
                         BigDecimal quantity, BigDecimal standardHours, Money unitPrice, Money amount, Payer payer,
                         Long workGroupId, LineStatus status, Long approvalId, boolean declined, Long reservationId,
                         String addedBy, Instant addedAt, String doneBy, Instant doneAt) {

    static final String COLUMNS = "l.id, l.repair_order_id, l.line_no, l.kind, l.operation_id, o.code AS operation_code, "
            + "l.part_id, p.part_number, l.description, l.category, l.quantity, l.standard_hours, l.unit_price, l.amount, "
            + "l.payer, l.work_group_id, l.status, l.approval_id, l.declined, l.reservation_id, l.added_by, l.added_at, "
            + "l.done_by, l.done_at";
    static final String FROM = " FROM repair_line l LEFT JOIN labour_operation o ON o.id = l.operation_id "
            + "LEFT JOIN part p ON p.id = l.part_id ";

    /** The customer agreed to it and did not decline it: it may be worked. */
    public boolean approved() {
        return approvalId != null && !declined;
    }

    /** Waiting for the customer's word. */
    public boolean pendingApproval() {
        return approvalId == null && !declined;
    }

    /** Counts in the totals: everything not declined. */
    public boolean charged() {
        return !declined;
    }

    /** Work that someone must still finish before the car goes to quality control. */
    public boolean open() {
        return approved() && status != LineStatus.DONE && (kind == LineKind.LABOUR || kind == LineKind.SUBLET);
    }

    /** Labour that a team lead can dispatch to technicians. */
    public boolean dispatchable() {
        return approved() && kind == LineKind.LABOUR && status != LineStatus.DONE;
    }
}
