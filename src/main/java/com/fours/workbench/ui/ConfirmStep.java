package com.fours.workbench.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
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

/**
 * The one way a step with consequences is asked for (cancel an order, void a bill, close a day,
 * post a stocktake): a question read in full, what the step will do in figures, a reason where it
 * undoes work, and the safe button as the default so Enter never does it by accident.
 *
 * <p>Without {@link #until} the dialog closes as soon as the step is confirmed and the screen
 * reports the outcome; with it, the dialog stays open until the model says the step is done, so a
 * refusal (a reason too long, a manager's password) shows in it and nothing typed is lost.
 */
public final class ConfirmStep {

    private final String id;
    private final String title;
    private final String question;
    private final String confirmText;
    private final String keepText;
    private final List<Node> details = new ArrayList<>();
    private StringProperty reason;
    private String reasonId;
    private String reasonLabel;
    private String reasonPrompt;
    private ObservableStringValue reasonError;
    private ObservableBooleanValue done;
    private ObservableStringValue message;

    /**
     * {@code id} names the parts for keyboard users' tests and the stylesheet: {@code idDialog},
     * {@code idQuestion}, {@code idConfirm}, {@code idKeep}, {@code idMessage}.
     */
    public ConfirmStep(String id, String title, String question, String confirmText, String keepText) {
        this.id = id;
        this.title = title;
        this.question = question;
        this.confirmText = confirmText;
        this.keepText = keepText;
    }

    /** Something shown under the question: the figures the step acts on, a manager's fields. */
    public ConfirmStep detail(Node node) {
        details.add(node);
        return this;
    }

    /** A required reason, typed into {@code value}, with its error beneath. */
    public ConfirmStep reason(String fieldId, String label, String prompt, StringProperty value,
                              ObservableStringValue error) {
        this.reasonId = fieldId;
        this.reasonLabel = label;
        this.reasonPrompt = prompt;
        this.reason = value;
        this.reasonError = error;
        return this;
    }

    /** Keeps the dialog open until {@code finished} turns true; {@code refusal} is shown in it meanwhile. */
    public ConfirmStep until(ObservableBooleanValue finished, ObservableStringValue refusal) {
        this.done = finished;
        this.message = refusal;
        return this;
    }

    public void show(Window owner, Runnable onConfirm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setId(id + "Dialog");
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(keepText, ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(keep, confirm);

        // a wrapped label, not the header text: the question must be read in full at any width
        Label asked = new Label(question);
        asked.setId(id + "Question");
        asked.setWrapText(true);
        // without this the dialog gives the label one line and cuts it with an ellipsis
        asked.setMinHeight(Region.USE_PREF_SIZE);
        asked.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(10, asked);
        content.getChildren().addAll(details);
        TextArea reasonField = null;
        if (reason != null) {
            FormGrid form = new FormGrid();
            reasonField = FormControls.area(reasonId, reason, reasonPrompt, null);
            form.addField(reasonLabel, reasonField, reasonError);
            content.getChildren().add(form);
            FormControls.fitOnChange(dialog, reasonError);
        }
        if (message != null) {
            Label refusal = new Label();
            refusal.setId(id + "Message");
            refusal.setWrapText(true);
            refusal.setMinHeight(Region.USE_PREF_SIZE);
            refusal.getStyleClass().add(Styles.DANGER);
            refusal.textProperty().bind(message);
            refusal.visibleProperty().bind(refusal.textProperty().isNotEmpty());
            refusal.managedProperty().bind(refusal.visibleProperty());
            content.getChildren().add(refusal);
            FormControls.fitOnChange(dialog, message);
        }
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId(id + "Confirm");
        confirmButton.getStyleClass().add(Styles.DANGER);
        // Enter must not take the step by accident: the safe choice is the default
        confirmButton.setDefaultButton(false);
        Button keepButton = (Button) dialog.getDialogPane().lookupButton(keep);
        keepButton.setId(id + "Keep");
        keepButton.setDefaultButton(true);
        if (done != null) {
            confirmButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                onConfirm.run();
            });
            ChangeListener<Boolean> close = (obs, old, now) -> {
                if (now) {
                    dialog.close();
                }
            };
            done.addListener(close);
            dialog.setOnHidden(e -> done.removeListener(close));
        } else {
            dialog.setResultConverter(button -> {
                if (button == confirm) {
                    onConfirm.run();
                }
                return null;
            });
        }
        Node first = reasonField != null ? reasonField : keepButton;
        dialog.setOnShown(e -> first.requestFocus());
        dialog.show();
    }
}
