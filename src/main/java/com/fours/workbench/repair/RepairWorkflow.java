package com.fours.workbench.repair;

import static com.fours.workbench.repair.RepairOrderStatus.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.security.Permission;

/**
 * The status workflow of a repair order, all of its rules in one place: which step may follow
 * which, who may take it, and what must be true of the order first. Other features add their own
 * checks through {@link TransitionGuard}s.
 */
public final class RepairWorkflow {

    private static final Map<RepairOrderStatus, Set<RepairOrderStatus>> NEXT = new EnumMap<>(RepairOrderStatus.class);

    static {
        NEXT.put(RECEIVED, EnumSet.of(PLANNED, CANCELLED));
        NEXT.put(PLANNED, EnumSet.of(APPROVED, CANCELLED));
        NEXT.put(APPROVED, EnumSet.of(IN_PROGRESS, CANCELLED));
        NEXT.put(IN_PROGRESS, EnumSet.of(IN_QC));
        NEXT.put(IN_QC, EnumSet.of(IN_PROGRESS, READY_FOR_SETTLEMENT));
        NEXT.put(READY_FOR_SETTLEMENT, EnumSet.of(SETTLED));
        NEXT.put(SETTLED, EnumSet.of(DELIVERED));
        NEXT.put(DELIVERED, EnumSet.noneOf(RepairOrderStatus.class));
        NEXT.put(CANCELLED, EnumSet.noneOf(RepairOrderStatus.class));
    }

    /** Statuses in which the plan's lines may still be added, changed or removed. */
    static final Set<RepairOrderStatus> EDITABLE = EnumSet.of(RECEIVED, PLANNED, APPROVED, IN_PROGRESS);

    private RepairWorkflow() {
    }

    /** The steps the workflow has from a status, in the order of a visit. */
    public static List<RepairOrderStatus> next(RepairOrderStatus from) {
        return List.copyOf(NEXT.get(from));
    }

    /** Who may take a step. */
    public static Permission permissionFor(RepairOrderStatus target) {
        return switch (target) {
            case READY_FOR_SETTLEMENT -> Permission.USE_QUALITY_CONTROL;
            case SETTLED -> Permission.USE_CASHIER;
            case DELIVERED -> Permission.DELIVER_VEHICLES;
            // the advisor who took the order, or the manager: never the workshop
            case CANCELLED -> Permission.CANCEL_REPAIR_ORDERS;
            default -> Permission.USE_REPAIR_ORDERS;
        };
    }

    /**
     * Refuses a step the order is not ready for, with the reason. {@code partsOutstanding} counts
     * part lines whose parts the warehouse has not issued yet.
     */
    public static void check(RepairPlan plan, RepairOrderStatus target, int partsOutstanding) {
        RepairOrderStatus from = plan.status();
        if (!NEXT.get(from).contains(target)) {
            throw new BusinessRuleException("repairTransition.notAllowed", from, target);
        }
        switch (target) {
            case PLANNED -> {
                if (plan.lines().isEmpty()) {
                    throw new BusinessRuleException("repairTransition.noLines", plan.order().number());
                }
            }
            case APPROVED -> {
                if (!plan.pendingLines().isEmpty()) {
                    throw new BusinessRuleException("repairTransition.pendingLines", plan.pendingLines().size());
                }
                if (plan.lines().stream().noneMatch(RepairLine::approved)) {
                    throw new BusinessRuleException("repairApproval.emptyPlan", plan.order().number());
                }
            }
            case IN_PROGRESS -> {
                if (from == APPROVED) {
                    requireWithinApproval(plan);
                }
            }
            case IN_QC -> {
                requireWithinApproval(plan);
                if (!plan.pendingLines().isEmpty()) {
                    throw new BusinessRuleException("repairTransition.pendingLines", plan.pendingLines().size());
                }
                List<RepairLine> open = plan.openLines();
                if (!open.isEmpty()) {
                    throw new BusinessRuleException("repairTransition.openLines", open.size(), open.get(0).description());
                }
                if (partsOutstanding > 0) {
                    throw new BusinessRuleException("repairTransition.partsOutstanding", partsOutstanding);
                }
            }
            case CANCELLED -> {
                if (plan.lines().stream().anyMatch(l -> l.status() != LineStatus.WAITING)) {
                    throw new BusinessRuleException("repairTransition.workStarted", plan.order().number());
                }
            }
            default -> {
                // the later steps are guarded by quality control and the cashier
            }
        }
    }

    /** The margin rule: above the approved estimate by more than the margin, nobody goes on. */
    static void requireWithinApproval(RepairPlan plan) {
        if (plan.needsApproval()) {
            throw new BusinessRuleException("repairTransition.overApproved", plan.order().number(),
                    plan.totals().total().toPlainString(), plan.approvedEstimate().toPlainString());
        }
    }
}
