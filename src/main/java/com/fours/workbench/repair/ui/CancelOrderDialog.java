package com.fours.workbench.repair.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;

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
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("repair.ui.cancel.title"));
        dialog.getDialogPane().setId("cancelOrderDialog");
        ButtonType confirm = new ButtonType(messages.get("repair.ui.cancel.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("repair.ui.cancel.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(keep, confirm);

        FormGrid form = new FormGrid();
        TextArea reason = FormControls.area("cancelReason", model.cancelReasonProperty(),
                messages.get("repair.ui.cancel.reasonPrompt"), null);
        form.addField(messages.get("repair.ui.cancel.reason"), reason,
                model.cancelErrors().of(RepairOrderService.CANCEL_REASON));
        // a wrapped label, not the header text: the question must be read in full at any width
        Label question = new Label(messages.get("repair.ui.cancel.header", plan.order().number(),
                plan.customerName() == null ? "" : plan.customerName()));
        question.setId("cancelOrderQuestion");
        question.setWrapText(true);
        // without this the dialog gives the label one line and cuts it with an ellipsis
        question.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        question.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(10, question, form);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        var confirmButton = dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId("cancelOrderConfirm");
        confirmButton.getStyleClass().add(Styles.DANGER);
        // Enter must not cancel an order by accident: the safe choice is the default
        ((javafx.scene.control.Button) confirmButton).setDefaultButton(false);
        dialog.getDialogPane().lookupButton(keep).setId("cancelOrderKeep");
        confirmButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.cancelOrder();
        });
        FormControls.fitOnChange(dialog, model.cancelErrors().of(RepairOrderService.CANCEL_REASON));
        javafx.beans.value.ChangeListener<Boolean> close = (obs, old, now) -> {
            if (now) {
                dialog.close();
            }
        };
        model.cancelDoneProperty().addListener(close);
        dialog.setOnHidden(e -> model.cancelDoneProperty().removeListener(close));
        dialog.setOnShown(e -> reason.requestFocus());
        dialog.show();
    }
}
