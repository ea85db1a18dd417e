package com.fours.workbench.repair;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Moves repair orders from status to status: the steps {@link RepairWorkflow} allows, checked
 * against the other features' {@link TransitionGuard}s, the cancellation with its reason, and the
 * steps a user could take now.
 */
final class OrderStatusChanges {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final LineReservations reservations;
    private final OrderChanges changes;
    private final List<TransitionGuard> guards;

    OrderStatusChanges(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                       LineReservations reservations, OrderChanges changes, List<TransitionGuard> guards) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.reservations = reservations;
        this.changes = changes;
        this.guards = new CopyOnWriteArrayList<>(guards);
    }

    void addGuard(TransitionGuard guard) {
        guards.add(guard);
    }

    RepairPlan transition(long orderId, int expectedVersion, RepairOrderStatus target) {
        session.require(RepairWorkflow.permissionFor(target));
        if (target == RepairOrderStatus.CANCELLED) {
            // a cancellation always has its reason: cancel() is the only way there
            throw new BusinessRuleException("repairCancel.reasonRequired");
        }
        return transactions.inTransaction(handle -> step(handle, changes.begin(handle, orderId, expectedVersion), target));
    }

    RepairPlan transition(Handle handle, long orderId, int expectedVersion, RepairOrderStatus target) {
        session.require(RepairWorkflow.permissionFor(target));
        return step(handle, changes.begin(handle, orderId, expectedVersion), target);
    }

    RepairPlan transition(Handle handle, RepairPlan read, int expectedVersion, RepairOrderStatus target) {
        session.require(RepairWorkflow.permissionFor(target));
        return step(handle, changes.begin(handle, read, expectedVersion), target);
    }

    /** One status step on the version just taken; the plan after it needs no second read (only the order row changed). */
    private RepairPlan step(Handle handle, RepairPlan before, RepairOrderStatus target) {
        moveTo(handle, before, target);
        changes.finish(handle, before, ChangeKind.STATUS_CHANGED, target.name());
        return RepairPlans.withOrder(before, target, before.version());
    }

    RepairPlan cancel(long orderId, int expectedVersion, String reason) {
        session.require(RepairWorkflow.permissionFor(RepairOrderStatus.CANCELLED));
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String why = errors.check(RepairOrderService.CANCEL_REASON,
                () -> Typed.requiredMultilineText(reason, RepairOrderService.CANCEL_REASON_MAX));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            RepairPlan before = changes.begin(handle, orderId, expectedVersion);
            DispatchDao dispatch = handle.attach(DispatchDao.class);
            for (RepairLine line : before.lines()) {
                List<DispatchDao.ClockRow> open = dispatch.openClocksOnLine(line.id());
                if (!open.isEmpty()) {
                    throw new BusinessRuleException("repairCancel.clockOpen", before.order().number(),
                            open.get(0).displayName(), line.description());
                }
            }
            moveTo(handle, before, RepairOrderStatus.CANCELLED);
            for (RepairLine line : before.lines()) {
                dispatch.endAssignments(line.id(), clock.instant());
            }
            audit.record(handle, RepairAuditAction.REPAIR_ORDER_CANCELLED, "repair_order", orderId,
                    before.status().name(), why);
            changes.finish(handle, before, ChangeKind.STATUS_CHANGED, RepairOrderStatus.CANCELLED.name());
            return RepairPlans.withOrder(before, RepairOrderStatus.CANCELLED, before.version());
        });
    }

    /** The step itself, on a plan whose version this change holds: rules, guards, reservations, status, audit. */
    void moveTo(Handle handle, RepairPlan before, RepairOrderStatus target) {
        RepairWorkflow.check(before, target, LineReservations.outstanding(handle, before.id()));
        for (TransitionGuard guard : guards) {
            guard.check(handle, before, target);
        }
        if (target == RepairOrderStatus.CANCELLED) {
            for (RepairLine line : before.lines()) {
                reservations.release(handle, line);
            }
        }
        handle.attach(RepairPlanDao.class).setStatus(before.id(), target.name(), clock.instant());
        audit.record(handle, RepairAuditAction.REPAIR_ORDER_STATUS_CHANGED, "repair_order", before.id(),
                before.status().name(), target.name());
    }

    List<RepairOrderStatus> possibleTransitions(RepairPlan plan) {
        session.require(Permission.USE_REPAIR_ORDERS);
        int outstanding = transactions.read(handle -> LineReservations.outstanding(handle, plan.id()));
        List<RepairOrderStatus> possible = new ArrayList<>();
        for (RepairOrderStatus target : RepairWorkflow.next(plan.status())) {
            if (!session.may(RepairWorkflow.permissionFor(target))) {
                continue;
            }
            try {
                RepairWorkflow.check(plan, target, outstanding);
                possible.add(target);
            } catch (BusinessRuleException refused) {
                // not now: the button stays hidden
            }
        }
        return possible;
    }
}
