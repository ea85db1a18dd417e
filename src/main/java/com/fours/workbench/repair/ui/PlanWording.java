package com.fours.workbench.repair.ui;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.RepairPlan;

/**
 * How the plan editor words the open order, in the screen's language: its title, its car and
 * people, its totals against the approved estimate, and the warning when the customer's word is
 * still needed.
 */
final class PlanWording {

    private final Messages messages;

    PlanWording(Messages messages) {
        this.messages = messages;
    }

    String title(RepairPlan plan) {
        return messages.get("repair.ui.plan.title", plan.order().number(), messages.of(plan.status()));
    }

    String vehicleLine(RepairPlan plan) {
        String line = messages.get("repair.ui.plan.vehicle", plan.plate() == null ? "" : plan.plate(), plan.model(),
                plan.customerName(), plan.advisorName());
        return plan.keyTag() == null ? line : line + messages.get("intake.ui.keyTagOnOrder", plan.keyTag());
    }

    String totalsLine(RepairPlan plan) {
        var t = plan.totals();
        return messages.get("repair.ui.plan.totals", t.labour().format(messages.locale()),
                t.parts().format(messages.locale()), t.fees().plus(t.sublet()).format(messages.locale()),
                t.total().format(messages.locale()), plan.approvedEstimate() == null ? "—"
                        : plan.approvedEstimate().format(messages.locale()));
    }

    /** Over the approved estimate, or lines waiting for the customer's word; empty otherwise. */
    String warning(RepairPlan plan) {
        var t = plan.totals();
        if (plan.needsApproval()) {
            return messages.get("repair.ui.plan.overApproved", t.total().format(messages.locale()),
                    plan.approvedEstimate().format(messages.locale()));
        }
        if (!plan.pendingLines().isEmpty()) {
            return messages.get("repair.ui.plan.pending", plan.pendingLines().size(),
                    t.pending().format(messages.locale()));
        }
        return "";
    }
}
