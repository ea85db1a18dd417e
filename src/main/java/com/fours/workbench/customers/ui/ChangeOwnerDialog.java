package com.fours.workbench.customers.ui;

import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.StyleClasses;

/** Picks the vehicle's new owner through the search and confirms the change. */
final class ChangeOwnerDialog {

    private final CustomersContext context;

    ChangeOwnerDialog(CustomersContext context) {
        this.context = context;
    }

    Optional<Vehicle> show(Vehicle vehicle, Customer owner) {
        Messages m = context.messages();
        ChangeOwnerViewModel model = new ChangeOwnerViewModel(context, vehicle, owner);
        Dialog<Vehicle> dialog = new Dialog<>();
        CustomerPickerView picker = new CustomerPickerView(model.picker(), m, "ownerSearch", "ownerResults");
        Label summary = new Label();
        summary.setId("changeOwnerSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(StyleClasses.CHANGE_SUMMARY);
        summary.textProperty().bind(model.summaryProperty());
        Label error = FormControls.formError("changeOwnerError");
        error.textProperty().bind(model.errorProperty());
        VBox content = new VBox(12, picker, summary, error);
        content.getStyleClass().add(StyleClasses.ARCHIVE_FORM);

        dialog.setTitle(m.get("customers.ui.changeOwner.title"));
        dialog.setHeaderText(model.heading());
        if (context.window() != null && context.window().isShowing()) {
            dialog.initOwner(context.window());
        }
        dialog.getDialogPane().setId("changeOwnerDialog");
        dialog.getDialogPane().getStyleClass().add(StyleClasses.ARCHIVE_DIALOG);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(620);
        ButtonType confirmType = new ButtonType(m.get("customers.ui.changeOwner.confirm"), ButtonType.OK.getButtonData());
        ButtonType cancelType = new ButtonType(m.get("action.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(confirmType, cancelType);
        Button confirm = (Button) dialog.getDialogPane().lookupButton(confirmType);
        confirm.setId("confirmChangeOwner");
        confirm.disableProperty().bind(model.picker().selectedProperty().isNull().or(model.busyProperty()));
        confirm.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.confirm(dialog::setResult);
        });
        dialog.setResultConverter(button -> null);
        FormControls.fitAfterEachAttempt(dialog, model.busyProperty());
        picker.focusSearch();
        return dialog.showAndWait();
    }
}
