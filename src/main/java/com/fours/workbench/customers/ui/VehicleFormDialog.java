package com.fours.workbench.customers.ui;

import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import com.fours.workbench.core.PlateColor;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.PossibleDuplicate;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.security.Permission;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.FormGrid;
import com.fours.workbench.ui.FormControls;
import com.fours.workbench.ui.StyleClasses;

/**
 * The vehicle form as a dialog, in two columns: what identifies the car on the left, its dates and
 * mileage on the right. A lower mileage is refused under its field with the offer of a manager's
 * confirmation.
 */
final class VehicleFormDialog {

    /** Saved, or the user chose to open the vehicle that already has this plate. */
    record Outcome(Vehicle saved, PossibleDuplicate openInstead) {
    }

    private static final String DATE_PROMPT = "2024-05-31";

    private final CustomersContext context;

    VehicleFormDialog(CustomersContext context) {
        this.context = context;
    }

    Optional<Outcome> show(Customer owner, Optional<Vehicle> existing) {
        Messages m = context.messages();
        VehicleFormViewModel model = new VehicleFormViewModel(context, owner, existing);
        FieldErrors errors = model.fieldErrors();
        Dialog<Outcome> dialog = new Dialog<>();

        TextField vin = FormControls.text("vehicleVin", model.vinProperty(), "LVGBE40K5NG012345");
        vin.getStyleClass().add(StyleClasses.VIN);
        Label vinDecoded = FormControls.hint("vehicleVinDecoded");
        vinDecoded.textProperty().bind(model.vinDecodedProperty());
        vinDecoded.setMinWidth(0);
        vinDecoded.prefWidthProperty().bind(vin.widthProperty());
        TextField plate = FormControls.text("vehiclePlate", model.plateProperty(), "粤B12345");
        ComboBox<PlateColor> plateColor = FormControls.choice("vehiclePlateColor", List.of(PlateColor.values()),
                model.plateColorProperty(), m);
        plateColor.setPromptText(m.get("customers.ui.vehicle.plateColorPrompt"));
        TextField brand = FormControls.text("vehicleBrand", model.brandProperty());
        TextField vehicleModel = FormControls.text("vehicleModel", model.modelProperty());
        TextField modelYear = FormControls.text("vehicleModelYear", model.modelYearProperty());
        TextField engine = FormControls.text("vehicleEngineNumber", model.engineNumberProperty());
        TextField bodyColor = FormControls.text("vehicleBodyColor", model.bodyColorProperty());
        TextField registered = FormControls.text("vehicleFirstRegistration", model.firstRegistrationProperty(), DATE_PROMPT);
        TextField mileage = FormControls.text("vehicleMileage", model.mileageProperty(), "31000");
        TextField insurance = FormControls.text("vehicleInsuranceExpiry", model.insuranceExpiryProperty(), DATE_PROMPT);
        TextField nextDate = FormControls.text("vehicleNextServiceDate", model.nextServiceDateProperty(), DATE_PROMPT);
        TextField nextMileage = FormControls.text("vehicleNextServiceMileage", model.nextServiceMileageProperty(), "40000");

        Button confirmMileage = FormControls.button("confirmMileage", m.get("customers.ui.vehicle.managerConfirms"),
                Material2OutlinedMZ.VERIFIED_USER);
        confirmMileage.visibleProperty().bind(model.approvalNeededProperty());
        confirmMileage.managedProperty().bind(confirmMileage.visibleProperty());
        confirmMileage.setOnAction(e -> new ApprovalDialog(context).show(Permission.CORRECT_MILEAGE,
                m.get("customers.ui.approval.mileageReason", model.mileageProperty().get()))
                .ifPresent(approver -> model.saveApproved(approver, saved -> dialog.setResult(new Outcome(saved, null)))));

        FormGrid identity = new FormGrid();
        identity.addField(m.get("customers.ui.vehicle.vin"), vin, errors.of(VehicleInput.VIN), vinDecoded);
        identity.addField(m.get("customers.ui.vehicle.plate"), plate, errors.of(VehicleInput.PLATE));
        identity.addField(m.get("customers.ui.vehicle.plateColor"), plateColor, errors.of("plateColor"));
        identity.addField(m.get("customers.ui.vehicle.brand"), brand, errors.of(VehicleInput.BRAND));
        identity.addField(m.get("customers.ui.vehicle.model"), vehicleModel, errors.of(VehicleInput.MODEL));
        identity.addField(m.get("customers.ui.vehicle.modelYear"), modelYear, errors.of(VehicleInput.MODEL_YEAR));
        identity.addField(m.get("customers.ui.vehicle.engineNumber"), engine, errors.of(VehicleInput.ENGINE_NUMBER));
        identity.addField(m.get("customers.ui.vehicle.bodyColor"), bodyColor, errors.of(VehicleInput.BODY_COLOR));
        FormGrid service = new FormGrid();
        service.addField(m.get("customers.ui.vehicle.firstRegistration"), registered,
                errors.of(VehicleInput.FIRST_REGISTRATION));
        service.addField(m.get("customers.ui.vehicle.mileage"), mileage, errors.of(VehicleInput.MILEAGE), confirmMileage);
        service.addField(m.get("customers.ui.vehicle.insuranceExpiry"), insurance, errors.of(VehicleInput.INSURANCE_EXPIRY));
        service.addField(m.get("customers.ui.vehicle.nextServiceDate"), nextDate, errors.of(VehicleInput.NEXT_SERVICE_DATE));
        service.addField(m.get("customers.ui.vehicle.nextServiceMileage"), nextMileage,
                errors.of(VehicleInput.NEXT_SERVICE_MILEAGE));
        Label dateHint = new Label(m.get("customers.ui.vehicle.dateHint"));
        dateHint.getStyleClass().add(StyleClasses.FIELD_HINT);
        dateHint.setWrapText(true);
        service.addWide(dateHint);

        GridPane columns = new GridPane();
        columns.setHgap(28);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        columns.getColumnConstraints().addAll(half, half);
        columns.addRow(0, identity, service);

        DuplicatesPane duplicates = new DuplicatesPane(m, model.duplicates(),
                chosen -> dialog.setResult(new Outcome(null, chosen)),
                () -> model.saveAnyway(saved -> dialog.setResult(new Outcome(saved, null))));
        Label formError = FormControls.formError("vehicleFormError");
        formError.textProperty().bind(model.formErrorProperty());
        VBox content = new VBox(12, columns, duplicates, formError);
        content.getStyleClass().add(StyleClasses.ARCHIVE_FORM);

        dialog.setTitle(m.get(model.isNew() ? "customers.ui.vehicle.newTitle" : "customers.ui.vehicle.editTitle"));
        dialog.setHeaderText(model.isNew() ? m.get("customers.ui.vehicle.newHeader", owner.name())
                : m.get("customers.ui.vehicle.editHeader", existing.get().label(), owner.name()));
        if (context.window() != null && context.window().isShowing()) {
            dialog.initOwner(context.window());
        }
        dialog.getDialogPane().setId("vehicleFormDialog");
        dialog.getDialogPane().getStyleClass().add(StyleClasses.ARCHIVE_DIALOG);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(920);
        ButtonType saveType = new ButtonType(m.get("action.save"), ButtonType.OK.getButtonData());
        ButtonType cancelType = new ButtonType(m.get("action.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(saveType, cancelType);
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("saveVehicle");
        save.disableProperty().bind(model.busyProperty());
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save(saved -> dialog.setResult(new Outcome(saved, null)));
        });
        dialog.setResultConverter(button -> null);
        FormControls.fitAfterEachAttempt(dialog, model.busyProperty());
        Platform.runLater((model.isNew() ? vin : mileage)::requestFocus);
        return dialog.showAndWait();
    }
}
