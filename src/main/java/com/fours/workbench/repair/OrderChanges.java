package com.fours.workbench.repair;

import java.time.Clock;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.security.Session;

/**
 * Optimistic locking of repair orders and their change log: a change takes the order's next
 * version (and its row lock) or is refused with what the others changed since the version it was
 * made on; each saved change writes who changed what.
 */
final class OrderChanges {

    private final Session session;
    private final Clock clock;

    OrderChanges(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** Takes the next version and returns the plan as it stands before this change (read once, here). */
    RepairPlan begin(Handle handle, long orderId, int expectedVersion) {
        take(handle, orderId, expectedVersion);
        return RepairPlans.read(handle, orderId);
    }

    /**
     * The same with a plan the caller read earlier in this transaction: when it was read at the
     * expected version it is still the order as it stands (every change takes a version), so it
     * is not read again.
     */
    RepairPlan begin(Handle handle, RepairPlan read, int expectedVersion) {
        take(handle, read.id(), expectedVersion);
        return read.version() == expectedVersion
                ? RepairPlans.withOrder(read, read.status(), expectedVersion + 1)
                : RepairPlans.read(handle, read.id());
    }

    private static void take(Handle handle, long orderId, int expectedVersion) {
        RepairPlanDao dao = handle.attach(RepairPlanDao.class);
        if (dao.bumpVersion(orderId, expectedVersion) == 0) {
            RepairOrder order = handle.attach(RepairOrderDao.class).find(orderId)
                    .orElseThrow(() -> new BusinessRuleException("repairOrder.notFound", String.valueOf(orderId)));
            throw new OrderChangedException(order.number(), dao.changesSince(orderId, expectedVersion));
        }
    }

    /** Logs the change under the version {@link #begin} took. */
    void finish(Handle handle, RepairPlan plan, ChangeKind kind, String subject) {
        handle.attach(RepairPlanDao.class).insertChange(plan.id(), plan.version(), kind.name(), clip(subject),
                session.requireUser().username(), clock.instant());
    }

    /** A change that names no version (the job clock): takes the next one and logs it. */
    void bumpAndLog(Handle handle, long orderId, int currentVersion, ChangeKind kind, String subject) {
        RepairPlanDao dao = handle.attach(RepairPlanDao.class);
        dao.nextVersion(orderId);
        dao.insertChange(orderId, currentVersion + 1, kind.name(), clip(subject), session.requireUser().username(),
                clock.instant());
    }

    private static String clip(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
