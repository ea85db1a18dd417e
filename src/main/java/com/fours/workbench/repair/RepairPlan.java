package com.fours.workbench.repair;

import java.time.Instant;
import java.util.List;

import com.fours.workbench.core.Money;

/**
 * A repair order as its screens and prints show it: the order, the car and customer, the lines,
 * the approvals and the totals. {@link #needsApproval()} is the margin rule: the running total has
 * passed the approved estimate by more than the store's margin, and the order cannot go on.
 */
public record RepairPlan(RepairOrder order, String advisorName, String plate, String model, String vin, String customerName,
                         String approvalContact, int mileage, Instant promisedAt, String complaint, Money approvedEstimate,
                         List<RepairLine> lines, List<Approval> approvals, RepairTotals totals, boolean needsApproval,
                         String keyTag) {

    public RepairPlan {
        lines = List.copyOf(lines);
        approvals = List.copyOf(approvals);
    }

    public long id() {
        return order.id();
    }

    public int version() {
        return order.version();
    }

    public RepairOrderStatus status() {
        return order.status();
    }

    public List<RepairLine> pendingLines() {
        return lines.stream().filter(RepairLine::pendingApproval).toList();
    }

    public List<RepairLine> openLines() {
        return lines.stream().filter(RepairLine::open).toList();
    }
}
