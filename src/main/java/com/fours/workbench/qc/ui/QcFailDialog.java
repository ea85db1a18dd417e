package com.fours.workbench.qc.ui;

import javafx.beans.value.ChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;

/**
 * Asks before a QC level is failed: the car goes back to rework and the round starts again, so the
 * signer sees what follows and the reason that will be kept (and may still change it). The dialog
 * stays open until the failure is signed; a refusal shows inside it.
 */
final class QcFailDialog {

    private final QcSheetViewModel model;
    private final Messages messages;

    QcFailDialog(QcSheetViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("qc.ui.fail.title"));
        dialog.getDialogPane().setId("qcFailDialog");
        ButtonType confirm = new ButtonType(messages.get("qc.ui.fail.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("qc.ui.fail.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(keep, confirm);

        Label question = new Label(model.failQuestion());
        question.setId("qcFailQuestion");
        question.setWrapText(true);
        // without this the dialog gives the label one line and cuts it with an ellipsis
        question.setMinHeight(Region.USE_PREF_SIZE);
        question.setMaxWidth(Double.MAX_VALUE);
        FormGrid form = new FormGrid();
        TextArea reason = FormControls.area("qcFailReason", model.reasonProperty(),
                messages.get("qc.ui.sheet.reasonPrompt"), null);
        form.addField(messages.get("qc.ui.fail.reason"), reason, model.errorOf(QcSheetViewModel.REASON));
        Label refused = FormControls.formError("qcFailMessage");
        refused.setMinHeight(Region.USE_PREF_SIZE);
        refused.textProperty().bind(model.messageProperty());
        VBox content = new VBox(10, question, form, refused);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId("qcFailConfirm");
        confirmButton.getStyleClass().add(Styles.DANGER);
        // Enter must not send a car back by accident: the safe choice is the default
        confirmButton.setDefaultButton(false);
        dialog.getDialogPane().lookupButton(keep).setId("qcFailKeep");
        confirmButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.fail();
        });
        FormControls.fitOnChange(dialog, model.errorOf(QcSheetViewModel.REASON));
        ChangeListener<Boolean> close = (obs, old, now) -> {
            if (now) {
                dialog.close();
            }
        };
        model.failSentProperty().addListener(close);
        dialog.setOnHidden(e -> model.failSentProperty().removeListener(close));
        dialog.setOnShown(e -> reason.requestFocus());
        dialog.show();
    }
}
