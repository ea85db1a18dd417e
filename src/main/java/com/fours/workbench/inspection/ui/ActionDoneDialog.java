package com.fours.workbench.inspection.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.inspection.FiveSInspections;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.FormGrid;

/**
 * The owner of a corrective action who has no Environment tab (a technician) marks it done from his
 * home page: the action's text, what was done, Mark done. The inspector verifies it later.
 */
public final class ActionDoneDialog {

    private final FiveSContext context;

    public ActionDoneDialog(FiveSContext context) {
        this.context = context;
    }

    /** Shows the dialog of the action (its {@code text} as the home page names it); {@code onDone} once marked. */
    public void show(long actionId, String text, Runnable onDone) {
        Messages m = context.messages();
        ActionDoneViewModel model = new ActionDoneViewModel(context, actionId);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(m.get("fiveS.ui.closeAction"));
        if (context.window() != null && context.window().isShowing()) {
            dialog.initOwner(context.window());
        }
        FormGrid form = new FormGrid();
        Label action = new Label(text);
        action.setId("fiveSActionDoneText");
        action.setWrapText(true);
        form.addWide(action);
        TextField note = FormControls.text("fiveSActionDoneNote", model.noteProperty(), m.get("fiveS.ui.donePrompt"));
        note.setPrefColumnCount(28);
        form.addField(m.get("fiveS.ui.doneNote"), note, model.errors().of(FiveSInspections.DONE_NOTE));
        form.addWide(FormControls.message("fiveSActionDoneMessage", model.messageProperty()));
        dialog.getDialogPane().setId("fiveSActionDoneDialog");
        dialog.getDialogPane().setContent(form);
        ButtonType markType = new ButtonType(m.get("fiveS.ui.markDone"), ButtonType.OK.getButtonData());
        ButtonType cancelType = new ButtonType(m.get("action.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(markType, cancelType);
        Button mark = (Button) dialog.getDialogPane().lookupButton(markType);
        mark.setId("fiveSActionDoneMark");
        mark.disableProperty().bind(model.busyProperty());
        mark.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.markDone(() -> {
                dialog.setResult(null);
                dialog.close();
                onDone.run();
            });
        });
        dialog.setResultConverter(button -> null);
        FormControls.fitAfterEachAttempt(dialog, model.busyProperty());
        // not showAndWait: the home page keeps refreshing behind it
        dialog.show();
    }
}
