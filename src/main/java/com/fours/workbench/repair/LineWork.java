package com.fours.workbench.repair;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Work on the lines of an order: whether a line may be worked now, its work started (the first
 * clock-on moves an approved order to IN_PROGRESS) and finished, by the job clock or the advisor.
 */
final class LineWork {

    private final Transactions transactions;
    private final Session session;
    private final Clock clock;
    private final OrderChanges changes;
    private final OrderStatusChanges statusChanges;
    private final List<LineDoneListener> doneListeners = new CopyOnWriteArrayList<>();

    LineWork(Transactions transactions, Session session, Clock clock, OrderChanges changes,
             OrderStatusChanges statusChanges) {
        this.transactions = transactions;
        this.session = session;
        this.clock = clock;
        this.changes = changes;
        this.statusChanges = statusChanges;
    }

    void addListener(LineDoneListener listener) {
        doneListeners.add(listener);
    }

    record Workable(RepairLine line, RepairPlan plan) {
    }

    /**
     * Refuses work on a line that may not be worked now: not approved by the customer, the order
     * not approved or above its approved estimate, or the line done.
     */
    static Workable requireWorkable(Handle handle, long lineId) {
        RepairLine line = handle.attach(RepairPlanDao.class).line(lineId)
                .orElseThrow(() -> new BusinessRuleException("repairLine.notFound", String.valueOf(lineId)));
        RepairPlan plan = RepairPlans.read(handle, line.repairOrderId());
        if (plan.status() != RepairOrderStatus.APPROVED && plan.status() != RepairOrderStatus.IN_PROGRESS) {
            throw new BusinessRuleException("repairLine.orderNotApproved", plan.order().number(), plan.status());
        }
        if (!line.approved()) {
            throw new BusinessRuleException("repairLine.notApproved", line.description());
        }
        RepairWorkflow.requireWithinApproval(plan);
        if (line.status() == LineStatus.DONE) {
            throw new BusinessRuleException("repairLine.alreadyDone", line.description());
        }
        return new Workable(line, plan);
    }

    void lineStarted(Handle handle, long lineId) {
        Workable workable = requireWorkable(handle, lineId);
        RepairLine line = workable.line();
        handle.attach(RepairPlanDao.class).setStatus(lineId, LineStatus.IN_PROGRESS.name(), null, null);
        RepairPlan plan = RepairPlans.withLineStatus(workable.plan(), lineId, LineStatus.IN_PROGRESS, null, null);
        changes.bumpAndLog(handle, plan.id(), plan.version(), ChangeKind.STATUS_CHANGED, line.description());
        if (plan.status() == RepairOrderStatus.APPROVED) {
            statusChanges.moveTo(handle, plan, RepairOrderStatus.IN_PROGRESS);
        }
    }

    void lineDone(Handle handle, long lineId) {
        RepairLine line = handle.attach(RepairPlanDao.class).line(lineId)
                .orElseThrow(() -> new BusinessRuleException("repairLine.notFound", String.valueOf(lineId)));
        if (!line.approved()) {
            throw new BusinessRuleException("repairLine.notApproved", line.description());
        }
        handle.attach(RepairPlanDao.class).setStatus(lineId, LineStatus.DONE.name(), session.requireUser().username(),
                clock.instant());
        RepairOrder order = handle.attach(RepairOrderDao.class).find(line.repairOrderId()).orElseThrow();
        changes.bumpAndLog(handle, order.id(), order.version(), ChangeKind.LINE_DONE, line.description());
        doneListeners.forEach(listener -> listener.lineDone(handle, line));
    }

    RepairPlan markLineDone(long orderId, int expectedVersion, long lineId) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.inTransaction(handle -> {
            RepairPlan before = changes.begin(handle, orderId, expectedVersion);
            RepairLine line = RepairLines.lineOf(before, lineId);
            if (!line.approved()) {
                throw new BusinessRuleException("repairLine.notApproved", line.description());
            }
            handle.attach(RepairPlanDao.class).setStatus(lineId, LineStatus.DONE.name(),
                    session.requireUser().username(), clock.instant());
            changes.finish(handle, before, ChangeKind.LINE_DONE, line.description());
            doneListeners.forEach(listener -> listener.lineDone(handle, line));
            // a line changed: the plan is read again, as after every line change
            return RepairPlans.read(handle, orderId);
        });
    }
}
