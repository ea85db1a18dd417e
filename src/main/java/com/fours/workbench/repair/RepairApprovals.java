package com.fours.workbench.repair;

import java.time.Clock;
import java.util.List;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The customer's approval of a plan, at the counter or by phone: approved lines may be worked,
 * declined ones stay as recommendations and give their parts back; the approved estimate is what
 * the margin rule measures the running total against.
 */
final class RepairApprovals {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final LineReservations reservations;
    private final OrderChanges changes;

    RepairApprovals(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                    LineReservations reservations, OrderChanges changes) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.reservations = reservations;
        this.changes = changes;
    }

    /**
     * Records the customer's word on every line waiting for it: the lines in
     * {@link ApprovalInput#declinedLineIds()} are declined and kept as recommendations, the others
     * approved. The approved estimate becomes the sum of the approved lines; a planned order is approved.
     */
    RepairPlan approve(long orderId, int expectedVersion, ApprovalInput input) {
        session.require(Permission.USE_REPAIR_ORDERS);
        checkApproval(input);
        return transactions.inTransaction(handle -> {
            RepairPlan before = changes.begin(handle, orderId, expectedVersion);
            RepairLines.requireEditable(before);
            if (before.lines().isEmpty()) {
                throw new BusinessRuleException("repairApproval.emptyPlan", before.order().number());
            }
            List<RepairLine> pending = before.pendingLines();
            if (pending.isEmpty()) {
                throw new BusinessRuleException("repairApproval.nothingPending", before.order().number());
            }
            Money approvedNow = Money.ZERO;
            Money declinedNow = Money.ZERO;
            for (RepairLine line : pending) {
                if (input.declinedLineIds().contains(line.id())) {
                    declinedNow = declinedNow.plus(line.amount());
                } else {
                    approvedNow = approvedNow.plus(line.amount());
                }
            }
            Money estimate = before.totals().approved().plus(approvedNow);
            RepairPlanDao dao = handle.attach(RepairPlanDao.class);
            long approvalId = dao.insertApproval(orderId, input.method().name(), Typed.requiredText(input.customerName(), 100),
                    Typed.optionalText(input.calledBy(), 50), input.calledAt(), Typed.optionalText(input.phone(), 30),
                    Typed.optionalMultilineText(input.whatWasSaid(), 1000), estimate.amount(), declinedNow.amount(),
                    session.requireUser().username(), clock.instant());
            for (RepairLine line : pending) {
                boolean declined = input.declinedLineIds().contains(line.id());
                dao.decide(line.id(), approvalId, declined);
                if (declined) {
                    reservations.release(handle, line);
                }
            }
            dao.setApprovedEstimate(orderId, estimate.amount());
            if ((before.status() == RepairOrderStatus.RECEIVED || before.status() == RepairOrderStatus.PLANNED)
                    && estimate.isPositive()) {
                dao.setStatus(orderId, RepairOrderStatus.APPROVED.name(), clock.instant());
            }
            changes.finish(handle, before, ChangeKind.APPROVED, estimate.toPlainString());
            audit.record(handle, RepairAuditAction.REPAIR_PLAN_APPROVED, "repair_order", orderId,
                    before.approvedEstimate() == null ? null : before.approvedEstimate().toPlainString(),
                    input.method() + " " + Typed.clean(input.customerName()) + " approved " + approvedNow.toPlainString()
                            + " declined " + declinedNow.toPlainString());
            return RepairPlans.read(handle, orderId);
        });
    }

    private static void checkApproval(ApprovalInput input) {
        if (input == null || input.method() == null) {
            throw new InvalidValueException("repairApproval.invalid.method");
        }
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.customerName() == null || input.customerName().isBlank()) {
            errors.reject(ApprovalInput.CUSTOMER_NAME, new InvalidValueException("repairApproval.invalid.customerName"));
        }
        // the columns of repair_approval
        errors.check(ApprovalInput.CUSTOMER_NAME, () -> Typed.optionalText(input.customerName(), 100));
        errors.check(ApprovalInput.CALLED_BY, () -> Typed.optionalText(input.calledBy(), 50));
        errors.check(ApprovalInput.PHONE, () -> Typed.optionalText(input.phone(), 30));
        errors.check(ApprovalInput.WHAT_WAS_SAID, () -> Typed.optionalMultilineText(input.whatWasSaid(), 1000));
        if (input.method() == ApprovalMethod.PHONE) {
            if (input.calledBy() == null || input.calledBy().isBlank()) {
                errors.reject(ApprovalInput.CALLED_BY, new InvalidValueException("repairApproval.invalid.calledBy"));
            }
            if (input.calledAt() == null) {
                errors.reject(ApprovalInput.CALLED_AT, new InvalidValueException("repairApproval.invalid.calledAt"));
            }
            if (input.whatWasSaid() == null || input.whatWasSaid().isBlank()) {
                errors.reject(ApprovalInput.WHAT_WAS_SAID, new InvalidValueException("repairApproval.invalid.whatWasSaid"));
            }
        }
        errors.throwIfAny();
    }
}
