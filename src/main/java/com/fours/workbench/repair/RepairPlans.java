package com.fours.workbench.repair;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.PlateNumber;

/**
 * Reads repair plans and order lists: the order with its car, customer, lines, approvals and
 * totals (five tables), read once per service call and passed along from there.
 */
final class RepairPlans {

    private RepairPlans() {
    }

    static RepairPlan read(Handle handle, long orderId) {
        RepairOrder order = handle.attach(RepairOrderDao.class).find(orderId)
                .orElseThrow(() -> new BusinessRuleException("repairOrder.notFound", String.valueOf(orderId)));
        RepairPlanDao dao = handle.attach(RepairPlanDao.class);
        List<RepairLine> lines = dao.lines(orderId);
        RepairTotals totals = RepairTotals.of(lines);
        Money estimate = dao.approvedEstimate(orderId).orElse(null);
        BigDecimal margin = dao.approvalMarginPercent();
        RepairOrderDao.Header header = handle.attach(RepairOrderDao.class).header(orderId);
        return new RepairPlan(order, header.advisorName(), plateDisplay(header.plate()), header.model().strip(),
                header.vin(), header.customerName(), header.approvalContact(), header.mileage(), header.promisedAt(),
                header.complaint(), estimate, lines, dao.approvals(orderId), totals,
                overApproved(totals.total(), estimate, margin), header.keyTag());
    }

    /** The plan as it stands after a change that touched only the order row (a status step, a version). */
    static RepairPlan withOrder(RepairPlan plan, RepairOrderStatus status, int version) {
        RepairOrder o = plan.order();
        return new RepairPlan(new RepairOrder(o.id(), o.number(), status, o.customerId(), o.vehicleId(), o.intakeId(),
                o.advisor(), o.createdAt(), version), plan.advisorName(), plan.plate(), plan.model(), plan.vin(),
                plan.customerName(), plan.approvalContact(), plan.mileage(), plan.promisedAt(), plan.complaint(),
                plan.approvedEstimate(), plan.lines(), plan.approvals(), plan.totals(), plan.needsApproval(),
                plan.keyTag());
    }

    /** The plan after one line's work status changed (work started on it). */
    static RepairPlan withLineStatus(RepairPlan plan, long lineId, LineStatus status, String doneBy,
                                     java.time.Instant doneAt) {
        List<RepairLine> lines = new ArrayList<>();
        for (RepairLine l : plan.lines()) {
            lines.add(l.id() != lineId ? l : new RepairLine(l.id(), l.repairOrderId(), l.lineNo(), l.kind(),
                    l.operationId(), l.operationCode(), l.partId(), l.partNumber(), l.description(), l.category(),
                    l.quantity(), l.standardHours(), l.unitPrice(), l.amount(), l.payer(), l.workGroupId(), status,
                    l.approvalId(), l.declined(), l.reservationId(), l.addedBy(), l.addedAt(), doneBy, doneAt));
        }
        return new RepairPlan(plan.order(), plan.advisorName(), plan.plate(), plan.model(), plan.vin(),
                plan.customerName(), plan.approvalContact(), plan.mileage(), plan.promisedAt(), plan.complaint(),
                plan.approvedEstimate(), lines, plan.approvals(), plan.totals(), plan.needsApproval(),
                plan.keyTag());
    }

    /** A stored plate as people read it (粤A·12345); an unreadable one as stored. */
    static String plateDisplay(String stored) {
        return stored == null || stored.isBlank() ? null : PlateNumber.displayOf(stored);
    }

    /** The margin rule: true when the running total is above the approved estimate by more than the margin. */
    static boolean overApproved(Money total, Money approvedEstimate, BigDecimal marginPercent) {
        if (approvedEstimate == null) {
            return false;
        }
        BigDecimal limit = approvedEstimate.amount().multiply(BigDecimal.ONE.add(marginPercent.movePointLeft(2)));
        return total.amount().compareTo(limit) > 0;
    }

    /** Orders whose number, plate or customer contains the text, in the given statuses (all when empty), newest first. */
    static List<RepairOrderRow> orders(Handle handle, String text, Set<RepairOrderStatus> statuses, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", ""))
                + "%";
        List<String> wanted = (statuses == null || statuses.isEmpty() ? Set.of(RepairOrderStatus.values()) : statuses)
                .stream().map(Enum::name).toList();
        return handle.attach(RepairOrderDao.class).rows(wanted, like, limit).stream()
                .map(r -> new RepairOrderRow(r.id(), r.number(), r.status(), plateDisplay(r.plate()), r.model(),
                        r.customerName(), r.advisor(), r.createdAt(), r.promisedAt(), r.total(), r.version()))
                .toList();
    }
}
