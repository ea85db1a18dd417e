package com.fours.workbench.customers.ui;

import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PossibleDuplicate;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.StyleClasses;

/**
 * The customer form as a dialog. Tab goes through the fields in order, Enter saves, Esc cancels;
 * the dialog stays open with what was typed until the customer is saved.
 */
final class CustomerFormDialog {

    /** What the user did: saved (perhaps asking for the vehicle next), or chose to open an existing record. */
    record Outcome(Customer saved, PossibleDuplicate openInstead, boolean addVehicleNext) {
    }

    private final CustomersContext context;

    CustomerFormDialog(CustomersContext context) {
        this.context = context;
    }

    Optional<Outcome> show(Optional<Customer> existing) {
        Messages m = context.messages();
        CustomerFormViewModel model = new CustomerFormViewModel(context, existing);
        FieldErrors errors = model.fieldErrors();
        Dialog<Outcome> dialog = new Dialog<>();

        ComboBox<CustomerKind> kind = FormControls.choice("customerKind", List.of(CustomerKind.values()),
                model.kindProperty(), m);
        TextField name = FormControls.text("customerName", model.nameProperty());
        TextField mobile = FormControls.text("customerMobile", model.mobileProperty(), "138 1234 5678");
        TextField otherPhone = FormControls.text("customerOtherPhone", model.otherPhoneProperty(), "020-38861234");
        TextField address = FormControls.text("customerAddress", model.addressProperty());
        TextField creditCode = FormControls.text("customerCreditCode", model.creditCodeProperty(),
                m.get("customers.ui.customer.creditCodePrompt"));
        creditCode.disableProperty().bind(model.isCompany().not());
        ComboBox<PreferredContact> contact = FormControls.choice("customerPreferredContact",
                List.of(PreferredContact.values()), model.preferredContactProperty(), m);
        CheckBox consent = new CheckBox(m.get("customers.ui.customer.consentText"));
        consent.setId("customerConsent");
        consent.setWrapText(true);
        consent.selectedProperty().bindBidirectional(model.consentProperty());
        ComboBox<MemberLevel> level = FormControls.choice("customerMemberLevel", List.of(MemberLevel.values()),
                model.memberLevelProperty(), m);

        Button[] save = new Button[1];
        TextArea notes = FormControls.area("customerNotes", model.notesProperty(), () -> save[0].fire());

        FormGrid form = new FormGrid();
        form.addField(m.get("customers.ui.customer.kind"), kind, errors.of("kind"));
        form.addField(m.get("customers.ui.customer.name"), name, errors.of(CustomerInput.NAME));
        form.addField(m.get("customers.ui.customer.mobile"), mobile, errors.of(CustomerInput.MOBILE));
        form.addField(m.get("customers.ui.customer.otherPhone"), otherPhone, errors.of(CustomerInput.OTHER_PHONE));
        form.addField(m.get("customers.ui.customer.address"), address, errors.of(CustomerInput.ADDRESS));
        form.addField(m.get("customers.ui.customer.creditCode"), creditCode, errors.of(CustomerInput.CREDIT_CODE));
        form.addField(m.get("customers.ui.customer.preferredContact"), contact, errors.of("preferredContact"));
        form.addField(m.get("customers.ui.customer.consent"), consent, errors.of("consent"));
        form.addField(m.get("customers.ui.customer.memberLevel"), level, errors.of("memberLevel"));
        form.addField(m.get("customers.ui.customer.notes"), notes, errors.of(CustomerInput.NOTES));
        if (model.isNew()) {
            CheckBox vehicleNext = new CheckBox(m.get("customers.ui.customer.addVehicleNext"));
            vehicleNext.setId("customerAddVehicleNext");
            vehicleNext.selectedProperty().bindBidirectional(model.addVehicleNextProperty());
            form.addWide(vehicleNext);
        }

        DuplicatesPane duplicates = new DuplicatesPane(m, model.duplicates(),
                chosen -> dialog.setResult(new Outcome(null, chosen, false)),
                () -> model.saveAnyway(saved -> dialog.setResult(outcome(model, saved))));
        Label formError = FormControls.formError("customerFormError");
        formError.textProperty().bind(model.formErrorProperty());
        VBox content = new VBox(12, form, duplicates, formError);
        content.getStyleClass().add(StyleClasses.ARCHIVE_FORM);

        dialog.setTitle(m.get(model.isNew() ? "customers.ui.customer.newTitle" : "customers.ui.customer.editTitle"));
        dialog.setHeaderText(model.isNew() ? null : existing.get().name());
        if (context.window() != null && context.window().isShowing()) {
            dialog.initOwner(context.window());
        }
        dialog.getDialogPane().setId("customerFormDialog");
        dialog.getDialogPane().getStyleClass().add(StyleClasses.ARCHIVE_DIALOG);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(640);
        ButtonType saveType = new ButtonType(m.get("action.save"), ButtonType.OK.getButtonData());
        ButtonType cancelType = new ButtonType(m.get("action.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(saveType, cancelType);
        save[0] = (Button) dialog.getDialogPane().lookupButton(saveType);
        save[0].setId("saveCustomer");
        save[0].disableProperty().bind(model.busyProperty());
        save[0].addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save(saved -> dialog.setResult(outcome(model, saved)));
        });
        dialog.setResultConverter(button -> null);
        FormControls.fitAfterEachAttempt(dialog, model.busyProperty());
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    private static Outcome outcome(CustomerFormViewModel model, Customer saved) {
        return new Outcome(saved, null, model.isNew() && model.addVehicleNextProperty().get());
    }
}
