package com.fours.workbench.repair;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartsService;
import com.fours.workbench.parts.StockLedger;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Edits the lines of a repair plan: adds, changes and removes lines, applies canned jobs, and
 * finds the parts a part line is picked from. Each change names the order version it was made on.
 */
final class RepairLines {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final LineReservations reservations;
    private final OrderChanges changes;
    private final List<RepairOrderService.PayerRule> payerRules;

    RepairLines(Transactions transactions, Session session, AuditTrail audit, Clock clock, LineReservations reservations,
                OrderChanges changes, List<RepairOrderService.PayerRule> payerRules) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.reservations = reservations;
        this.changes = changes;
        this.payerRules = payerRules;
    }

    RepairPlan addLine(long orderId, int expectedVersion, LineInput input, boolean raisePurchaseRequest) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.inTransaction(handle -> {
            RepairPlan before = changes.begin(handle, orderId, expectedVersion);
            requireEditable(before);
            RepairLine line = insertLine(handle, before.order(), input, raisePurchaseRequest);
            requireStorableTotal(handle, orderId);
            changes.finish(handle, before, ChangeKind.LINE_ADDED, line.description());
            audit.record(handle, RepairAuditAction.REPAIR_LINE_ADDED, "repair_order", orderId, null, auditText(line));
            afterLinesChanged(handle, before);
            return RepairPlans.read(handle, orderId);
        });
    }

    /**
     * Adds a line in the caller's transaction, to an order whose version the caller has taken
     * ({@code before}): a technician's finding proposes its extra work this way.
     */
    RepairLine addLine(Handle handle, RepairPlan before, LineInput input, boolean raisePurchaseRequest) {
        if (input == null || input.kind() == null) {
            throw new InvalidValueException("repairLine.invalid.kind");
        }
        requireEditable(before);
        RepairLine line = insertLine(handle, before.order(), input, raisePurchaseRequest);
        requireStorableTotal(handle, before.id());
        audit.record(handle, RepairAuditAction.REPAIR_LINE_ADDED, "repair_order", before.id(), null, auditText(line));
        afterLinesChanged(handle, before);
        return line;
    }

    RepairPlan changeLine(long orderId, int expectedVersion, long lineId, LineInput input, boolean raisePurchaseRequest) {
        requireChange(input);
        return transactions.inTransaction(handle -> changeLine(handle, orderId, expectedVersion, lineId, input,
                raisePurchaseRequest));
    }

    private void requireChange(LineInput input) {
        session.require(Permission.USE_REPAIR_ORDERS);
        if (input == null || input.kind() == null) {
            throw new InvalidValueException("repairLine.invalid.kind");
        }
    }

    RepairPlan changeLine(Handle handle, long orderId, int expectedVersion, long lineId, LineInput input,
                          boolean raisePurchaseRequest) {
        requireChange(input);
        RepairPlan before = changes.begin(handle, orderId, expectedVersion);
        requireEditable(before);
        RepairLine old = lineOf(before, lineId);
        requireNotStarted(old);
        RepairPlanDao dao = handle.attach(RepairPlanDao.class);
        RepairLine changed;
        if (old.kind() == LineKind.PART || input.kind() == LineKind.PART || old.kind() != input.kind()) {
            reservations.release(handle, old);
            dao.deleteLine(lineId);
            changed = insertLine(handle, before.order(), input, raisePurchaseRequest, old.lineNo());
        } else {
            LinePricing.Priced priced = LinePricing.price(handle, input);
            dao.updateLine(lineId, priced.description(), priced.category() == null ? null : priced.category().name(),
                    priced.quantity(), priced.unitPrice().amount(), priced.amount().amount(),
                    payer(handle, orderId, lineId, input.kind(), priced.payer()).name(), priced.workGroupId());
            changed = dao.line(lineId).orElseThrow();
        }
        requireStorableTotal(handle, orderId);
        changes.finish(handle, before, ChangeKind.LINE_CHANGED, changed.description());
        audit.record(handle, RepairAuditAction.REPAIR_LINE_CHANGED, "repair_order", orderId, auditText(old),
                auditText(changed));
        return RepairPlans.read(handle, orderId);
    }

    RepairPlan removeLine(long orderId, int expectedVersion, long lineId) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.inTransaction(handle -> {
            RepairPlan before = changes.begin(handle, orderId, expectedVersion);
            requireEditable(before);
            RepairLine old = lineOf(before, lineId);
            requireNotStarted(old);
            reservations.release(handle, old);
            handle.attach(RepairPlanDao.class).deleteLine(lineId);
            changes.finish(handle, before, ChangeKind.LINE_REMOVED, old.description());
            audit.record(handle, RepairAuditAction.REPAIR_LINE_REMOVED, "repair_order", orderId, auditText(old), null);
            return RepairPlans.read(handle, orderId);
        });
    }

    RepairPlan applyCannedJob(long orderId, int expectedVersion, long cannedJobId, boolean raisePurchaseRequests) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.inTransaction(handle -> {
            RepairPlan before = changes.begin(handle, orderId, expectedVersion);
            requireEditable(before);
            CannedJob job = LabourCatalog.cannedJob(handle, cannedJobId);
            if (!job.active()) {
                throw new BusinessRuleException("cannedJob.inactive", job.code());
            }
            for (CannedJobItem item : job.items()) {
                LineInput input = item.operationId() != null
                        ? LineInput.labour(item.operationId(), item.quantity(), Payer.CUSTOMER)
                        : LineInput.part(item.partId(), item.quantity(), Payer.CUSTOMER);
                RepairLine line = insertLine(handle, before.order(), input, raisePurchaseRequests);
                audit.record(handle, RepairAuditAction.REPAIR_LINE_ADDED, "repair_order", orderId, null, auditText(line));
            }
            changes.finish(handle, before, ChangeKind.CANNED_JOB_APPLIED, job.nameZh());
            afterLinesChanged(handle, before);
            return RepairPlans.read(handle, orderId);
        });
    }

    List<PartChoice> findParts(String text, int limit) {
        session.require(Permission.USE_REPAIR_ORDERS);
        String cleaned = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "");
        return transactions.read(handle -> {
            List<Long> ids = handle.attach(RepairPlanDao.class).activePartIds("%" + cleaned + "%", limit);
            List<PartChoice> choices = new ArrayList<>();
            PartsService.lookup(handle, cleaned).filter(p -> !ids.contains(p.id())).ifPresent(p -> choices.add(choice(handle, p)));
            for (long id : ids) {
                choices.add(choice(handle, PartsService.load(handle, id)));
            }
            return choices;
        });
    }

    private static PartChoice choice(Handle handle, Part part) {
        return new PartChoice(part.id(), part.partNumber(), part.nameZh(), part.nameEn(), StockLedger.onHand(handle, part.id()),
                PartsService.retailPrice(handle, part));
    }

    private Payer payer(Handle handle, long orderId, Long lineId, LineKind kind, Payer asked) {
        Payer payer = asked;
        for (RepairOrderService.PayerRule rule : payerRules) {
            payer = rule.payer(handle, orderId, lineId, kind, payer);
        }
        return payer;
    }

    private RepairLine insertLine(Handle handle, RepairOrder order, LineInput input, boolean raisePurchaseRequest) {
        return insertLine(handle, order, input, raisePurchaseRequest,
                handle.attach(RepairPlanDao.class).nextLineNo(order.id()));
    }

    private RepairLine insertLine(Handle handle, RepairOrder order, LineInput input, boolean raisePurchaseRequest,
                                  int lineNo) {
        LinePricing.Priced p = LinePricing.price(handle, input);
        RepairPlanDao dao = handle.attach(RepairPlanDao.class);
        long lineId = dao.insertLine(order.id(), lineNo, input.kind().name(), p.operationId(), p.partId(),
                p.description(), p.category() == null ? null : p.category().name(), p.quantity(), p.standardHours(),
                p.unitPrice().amount(), p.amount().amount(), payer(handle, order.id(), null, input.kind(), p.payer()).name(),
                p.workGroupId(), session.requireUser().username(), clock.instant());
        if (input.kind() == LineKind.PART) {
            reservations.reserve(handle, order.id(), lineId, p.partId(), p.quantity(), raisePurchaseRequest);
        }
        return dao.line(lineId).orElseThrow();
    }

    /** The order's lines add up to what a bill's DECIMAL(14,2) total can hold; otherwise the change is refused. */
    private static void requireStorableTotal(Handle handle, long orderId) {
        Money total = RepairTotals.of(handle.attach(RepairPlanDao.class).lines(orderId)).total();
        if (total.amount().abs().compareTo(Money.MAX_STORED) > 0) {
            throw new BusinessRuleException("repairOrder.totalTooLarge", total.toPlainString());
        }
    }

    /** A received order with a plan is planned. */
    private void afterLinesChanged(Handle handle, RepairPlan before) {
        if (before.status() == RepairOrderStatus.RECEIVED) {
            handle.attach(RepairPlanDao.class).setStatus(before.id(), RepairOrderStatus.PLANNED.name(), clock.instant());
        }
    }

    static void requireEditable(RepairPlan plan) {
        if (!RepairWorkflow.EDITABLE.contains(plan.status())) {
            throw new BusinessRuleException("repairOrder.notEditable", plan.order().number(), plan.status());
        }
    }

    private static void requireNotStarted(RepairLine line) {
        if (line.status() != LineStatus.WAITING) {
            throw new BusinessRuleException("repairLine.started", line.description());
        }
    }

    static RepairLine lineOf(RepairPlan plan, long lineId) {
        return plan.lines().stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("repairLine.notFound", String.valueOf(lineId)));
    }

    static String auditText(RepairLine line) {
        return line.lineNo() + " " + line.kind() + " " + line.description() + " " + line.quantity().stripTrailingZeros()
                .toPlainString() + " x " + line.unitPrice().toPlainString() + " = " + line.amount().toPlainString()
                + " " + line.payer();
    }
}
