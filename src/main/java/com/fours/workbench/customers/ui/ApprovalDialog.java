package com.fours.workbench.customers.ui;

import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.StyleClasses;

/** A manager's user name and password for one step; a wrong one is said in the dialog, which stays open. */
final class ApprovalDialog {

    private final CustomersContext context;

    ApprovalDialog(CustomersContext context) {
        this.context = context;
    }

    Optional<AuthenticatedUser> show(Permission needed, String reason) {
        Messages m = context.messages();
        ApprovalViewModel model = new ApprovalViewModel(context, needed);
        Dialog<AuthenticatedUser> dialog = new Dialog<>();

        Label why = new Label(reason);
        why.setWrapText(true);
        why.setId("approvalReason");
        why.setPrefWidth(400);
        why.setMinHeight(Region.USE_PREF_SIZE);
        TextField username = FormControls.text("approverUsername", model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("approverPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        FormGrid form = new FormGrid();
        form.addField(m.get("customers.ui.approval.username"), username, new SimpleStringProperty(""));
        form.addField(m.get("customers.ui.approval.password"), password, model.errorProperty());
        VBox content = new VBox(12, why, form);
        content.getStyleClass().add(StyleClasses.ARCHIVE_FORM);

        dialog.setTitle(m.get("customers.ui.approval.title"));
        if (context.window() != null && context.window().isShowing()) {
            dialog.initOwner(context.window());
        }
        dialog.getDialogPane().setId("approvalDialog");
        dialog.getDialogPane().getStyleClass().add(StyleClasses.ARCHIVE_DIALOG);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(440);
        ButtonType approveType = new ButtonType(m.get("customers.ui.approval.approve"), ButtonType.OK.getButtonData());
        ButtonType cancelType = new ButtonType(m.get("action.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(approveType, cancelType);
        Button approve = (Button) dialog.getDialogPane().lookupButton(approveType);
        approve.setId("approveButton");
        approve.disableProperty().bind(model.busyProperty());
        approve.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.approve(dialog::setResult);
        });
        dialog.setResultConverter(button -> null);
        FormControls.fitAfterEachAttempt(dialog, model.busyProperty());
        Platform.runLater(username::requestFocus);
        return dialog.showAndWait();
    }
}
