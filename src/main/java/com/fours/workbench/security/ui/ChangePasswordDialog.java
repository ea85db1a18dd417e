package com.fours.workbench.security.ui;

import java.util.Arrays;

import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.UserService;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.FormGrid;

/**
 * Changing one's own password. Hashing is deliberately slow, so the check runs in the background
 * and the dialog stays open, with what was typed, until the outcome is known.
 */
public final class ChangePasswordDialog {

    private final Messages messages;
    private final UserService users;
    private final ErrorReporter errors;
    private final Background background;
    private final Window owner;
    private final boolean required;

    public ChangePasswordDialog(Messages messages, UserService users, ErrorReporter errors, Background background,
                                Window owner, boolean required) {
        this.messages = messages;
        this.users = users;
        this.errors = errors;
        this.background = background;
        this.owner = owner;
        this.required = required;
    }

    /** True when the password was changed. */
    public boolean showAndWait() {
        StringProperty currentError = new SimpleStringProperty("");
        StringProperty newError = new SimpleStringProperty("");
        StringProperty repeatError = new SimpleStringProperty("");
        PasswordField current = new PasswordField();
        current.setId("currentPassword");
        PasswordField fresh = new PasswordField();
        fresh.setId("newPassword");
        PasswordField repeat = new PasswordField();
        repeat.setId("repeatPassword");
        FormGrid form = new FormGrid();
        if (required) {
            Label hint = new Label(messages.get("password.mustChange"));
            hint.setWrapText(true);
            form.addWide(hint);
        }
        form.addField(messages.get("password.current"), current, currentError);
        form.addField(messages.get("password.new"), fresh, newError);
        form.addField(messages.get("password.repeat"), repeat, repeatError);
        form.addWide(new Label(messages.get("password.rules")));

        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle(messages.get("password.changeTitle"));
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setId("changePasswordDialog");
        dialog.getDialogPane().setContent(form);
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("savePassword");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            currentError.set("");
            newError.set("");
            repeatError.set("");
            if (!fresh.getText().equals(repeat.getText())) {
                repeatError.set(messages.get("password.repeatDiffers"));
                event.consume();
                return;
            }
            event.consume();
            saveButton.setDisable(true);
            char[] currentPassword = current.getText().toCharArray();
            char[] newPassword = fresh.getText().toCharArray();
            background.run(() -> {
                users.changeOwnPassword(currentPassword, newPassword);
                return Boolean.TRUE;
            }, done -> dialog.setResult(Boolean.TRUE), failure -> {
                saveButton.setDisable(false);
                String text = errors.describe(failure);
                if (failure instanceof BusinessRuleException e && e.messageKey().startsWith("password.current")) {
                    currentError.set(text);
                } else {
                    newError.set(text);
                }
            });
        });
        dialog.setResultConverter(button -> button == save ? null : Boolean.FALSE);
        Platform.runLater(current::requestFocus);
        boolean changed = dialog.showAndWait().orElse(false);
        Arrays.asList(current, fresh, repeat).forEach(PasswordField::clear);
        return changed;
    }
}
