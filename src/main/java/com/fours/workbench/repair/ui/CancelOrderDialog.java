package com.fours.workbench.repair.ui;

import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.ui.ConfirmStep;

/**
 * Asks before a repair order is cancelled, and for the reason: the order cannot come back, so the
 * one who cancels says why, and the dialog stays open until the cancellation is saved.
 */
final class CancelOrderDialog {

    private final PlanViewModel model;
    private final Messages messages;

    CancelOrderDialog(PlanViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    void show(Window owner) {
        RepairPlan plan = model.planProperty().get();
        if (plan == null) {
            return;
        }
        model.startCancel();
        new ConfirmStep("cancelOrder", messages.get("repair.ui.cancel.title"),
                messages.get("repair.ui.cancel.header", plan.order().number(),
                        plan.customerName() == null ? "" : plan.customerName()),
                messages.get("repair.ui.cancel.confirm"), messages.get("repair.ui.cancel.keep"))
                .reason("cancelReason", messages.get("repair.ui.cancel.reason"),
                        messages.get("repair.ui.cancel.reasonPrompt"), model.cancelReasonProperty(),
                        model.cancelErrors().of(RepairOrderService.CANCEL_REASON))
                .until(model.cancelDoneProperty(), null)
                .show(owner, model::cancelOrder);
    }
}
