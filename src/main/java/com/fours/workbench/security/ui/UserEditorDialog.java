package com.fours.workbench.security.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.security.UserService;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.StyleClasses;

/** A new user, or the roles of an existing one. Stays open with what was typed until it is saved. */
final class UserEditorDialog {

    private static final String USERNAME = "username";
    private static final String DISPLAY_NAME = "displayName";
    private static final String PASSWORD = "password";
    private static final String ROLES = "roles";

    private final Messages messages;
    private final UserService users;
    private final Background background;
    private final ErrorReporter errors;
    private final Window owner;

    UserEditorDialog(Messages messages, UserService users, Background background, ErrorReporter errors, Window owner) {
        this.messages = messages;
        this.users = users;
        this.background = background;
        this.errors = errors;
        this.owner = owner;
    }

    /** The saved user; empty when the dialog was cancelled. {@code existing} empty means a new user. */
    Optional<UserAccount> edit(Optional<UserAccount> existing) {
        FieldErrors fieldErrors = new FieldErrors();
        FormGrid form = new FormGrid();
        TextField username = new TextField();
        username.setId("userUsername");
        TextField displayName = new TextField();
        displayName.setId("userDisplayName");
        PasswordField password = new PasswordField();
        password.setId("userPassword");
        if (existing.isEmpty()) {
            form.addField(messages.get("login.username"), username, fieldErrors.of(USERNAME));
            form.addField(messages.get("user.displayName"), displayName, fieldErrors.of(DISPLAY_NAME));
            form.addField(messages.get("user.initialPassword"), password, fieldErrors.of(PASSWORD));
        } else {
            form.addWide(new Label(existing.get().displayName() + " (" + existing.get().username() + ")"));
        }
        Map<Role, CheckBox> roleBoxes = new EnumMap<>(Role.class);
        FlowPane roles = new FlowPane(12, 6);
        roles.setId("userRoles");
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(messages.of(role));
            box.setId("role-" + role.name());
            box.setSelected(existing.map(u -> u.roles().contains(role)).orElse(false));
            roleBoxes.put(role, box);
            roles.getChildren().add(box);
        }
        roles.setPrefWrapLength(420);
        Label rolesLabel = new Label();
        rolesLabel.setId("userRolesError");
        StringProperty rolesError = fieldErrors.of(ROLES);
        form.addWide(new Label(messages.get("user.roles")));
        form.addWide(roles);
        rolesLabel.textProperty().bind(rolesError);
        rolesLabel.getStyleClass().add(StyleClasses.FIELD_ERROR);
        form.addWide(rolesLabel);
        Label formError = new Label();
        formError.getStyleClass().add(StyleClasses.FIELD_ERROR);
        form.addWide(formError);

        Dialog<UserAccount> dialog = new Dialog<>();
        dialog.setTitle(messages.get(existing.isEmpty() ? "user.newTitle" : "user.rolesTitle"));
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setId("userEditorDialog");
        dialog.getDialogPane().setContent(form);
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveUser");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            fieldErrors.clear();
            formError.setText("");
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            roleBoxes.forEach((role, box) -> {
                if (box.isSelected()) {
                    chosen.add(role);
                }
            });
            Callable<UserAccount> work = existing.isEmpty()
                    ? () -> users.createUser(username.getText(), displayName.getText(), chosen, password.getText().toCharArray())
                    : () -> users.changeRoles(existing.get(), chosen);
            saveButton.setDisable(true);
            background.run(work, dialog::setResult, failure -> {
                saveButton.setDisable(false);
                String text = errors.describe(failure);
                String field = failure instanceof BusinessRuleException e ? fieldOf(e.messageKey()) : null;
                if (field != null && (existing.isEmpty() || ROLES.equals(field))) {
                    fieldErrors.of(field).set(text);
                } else {
                    formError.setText(text);
                }
            });
        });
        dialog.setResultConverter(button -> null);
        Platform.runLater((existing.isEmpty() ? username : roleBoxes.get(Role.SERVICE_ADVISOR))::requestFocus);
        return dialog.showAndWait();
    }

    private static String fieldOf(String key) {
        return switch (key) {
            case "user.invalid.usernameEmpty", "user.invalid.username", "user.invalid.usernameTaken" -> USERNAME;
            // the user name has its own keys, so a length or character refusal is the display name's
            case "user.invalid.displayNameEmpty", "field.tooLong", "field.invalidCharacter" -> DISPLAY_NAME;
            case "password.invalid.tooShort", "password.invalid.lettersAndDigits" -> PASSWORD;
            case "user.invalid.noRole", "user.cannotRemoveOwnAdministrator" -> ROLES;
            default -> null;
        };
    }
}
