package com.fours.workbench.customers.ui;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.PlateColor;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.core.Vin;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.DuplicatesFoundException;
import com.fours.workbench.customers.PossibleDuplicate;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.customers.VehicleInput;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.ui.FieldErrors;

/**
 * The vehicle form: a new vehicle of an owner, or changes to one. The VIN is decoded as it is
 * typed, the plate colour follows the plate until the user picks one, and a mileage lower than the
 * last reading waits for a manager's confirmation.
 */
public final class VehicleFormViewModel {

    static final String MILEAGE_BACKWARDS = "vehicle.mileage.backwards";

    private final StringProperty vin = new SimpleStringProperty(this, "vin", "");
    private final StringProperty plate = new SimpleStringProperty(this, "plate", "");
    private final ObjectProperty<PlateColor> plateColor = new SimpleObjectProperty<>(this, "plateColor");
    private final StringProperty brand = new SimpleStringProperty(this, "brand", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final StringProperty modelYear = new SimpleStringProperty(this, "modelYear", "");
    private final StringProperty engineNumber = new SimpleStringProperty(this, "engineNumber", "");
    private final StringProperty bodyColor = new SimpleStringProperty(this, "bodyColor", "");
    private final StringProperty firstRegistration = new SimpleStringProperty(this, "firstRegistration", "");
    private final StringProperty mileage = new SimpleStringProperty(this, "mileage", "");
    private final StringProperty insuranceExpiry = new SimpleStringProperty(this, "insuranceExpiry", "");
    private final StringProperty nextServiceDate = new SimpleStringProperty(this, "nextServiceDate", "");
    private final StringProperty nextServiceMileage = new SimpleStringProperty(this, "nextServiceMileage", "");
    private final StringProperty vinDecoded = new SimpleStringProperty(this, "vinDecoded", "");
    private final FieldErrors fieldErrors = new FieldErrors();
    private final StringProperty formError = new SimpleStringProperty(this, "formError", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty approvalNeeded = new SimpleBooleanProperty(this, "approvalNeeded");
    private final ObservableList<PossibleDuplicate> duplicates = FXCollections.observableArrayList();

    private final CustomersContext context;
    private final ArchiveTexts format;
    private final Customer owner;
    private final Vehicle existing;
    /** The user picked a plate colour; the plate no longer suggests one. */
    private boolean colourChosen;
    private boolean suggesting;

    public VehicleFormViewModel(CustomersContext context, Customer owner, Optional<Vehicle> existing) {
        this.context = context;
        this.format = new ArchiveTexts(context.messages(), context.clock());
        this.owner = owner;
        this.existing = existing.orElse(null);
        for (String field : new String[] {VehicleInput.VIN, VehicleInput.PLATE, VehicleInput.BRAND, VehicleInput.MODEL,
                VehicleInput.MODEL_YEAR, VehicleInput.ENGINE_NUMBER, VehicleInput.BODY_COLOR,
                VehicleInput.FIRST_REGISTRATION, VehicleInput.MILEAGE, VehicleInput.INSURANCE_EXPIRY,
                VehicleInput.NEXT_SERVICE_DATE, VehicleInput.NEXT_SERVICE_MILEAGE}) {
            fieldErrors.of(field);
        }
        vin.addListener((obs, old, now) -> decodeVin());
        plate.addListener((obs, old, now) -> suggestColour());
        plateColor.addListener((obs, old, now) -> {
            if (!suggesting) {
                colourChosen = now != null;
            }
        });
        mileage.addListener((obs, old, now) -> approvalNeeded.set(false));
        existing.map(VehicleInput::of).ifPresent(this::fill);
    }

    private void fill(VehicleInput input) {
        vin.set(input.vin());
        plate.set(nullToEmpty(input.plate()));
        plateColor.set(input.plateColor());
        brand.set(nullToEmpty(input.brand()));
        model.set(nullToEmpty(input.model()));
        modelYear.set(nullToEmpty(input.modelYear()));
        engineNumber.set(nullToEmpty(input.engineNumber()));
        bodyColor.set(nullToEmpty(input.bodyColor()));
        firstRegistration.set(nullToEmpty(input.firstRegistration()));
        mileage.set(nullToEmpty(input.mileage()));
        insuranceExpiry.set(nullToEmpty(input.insuranceExpiry()));
        nextServiceDate.set(nullToEmpty(input.nextServiceDate()));
        nextServiceMileage.set(nullToEmpty(input.nextServiceMileage()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private void decodeVin() {
        try {
            Vin parsed = Vin.parse(vin.get());
            vinDecoded.set(format.decoded(parsed));
            if (existing == null && modelYear.get().isBlank()) {
                parsed.modelYear(context.clock()).ifPresent(year -> modelYear.set(String.valueOf(year.getValue())));
            }
        } catch (BusinessRuleException notYet) {
            vinDecoded.set("");
        }
    }

    private void suggestColour() {
        if (colourChosen) {
            return;
        }
        PlateColor suggested;
        try {
            suggested = plate.get().isBlank() ? null : PlateNumber.parse(plate.get()).suggestedColor();
        } catch (BusinessRuleException notYet) {
            return;
        }
        suggesting = true;
        try {
            plateColor.set(suggested);
        } finally {
            suggesting = false;
        }
    }

    public boolean isNew() {
        return existing == null;
    }

    public Customer owner() {
        return owner;
    }

    VehicleInput input() {
        return new VehicleInput(vin.get(), plate.get(), plateColor.get(), brand.get(), model.get(), modelYear.get(),
                engineNumber.get(), bodyColor.get(), firstRegistration.get(), mileage.get(), insuranceExpiry.get(),
                nextServiceDate.get(), nextServiceMileage.get());
    }

    public void save(Consumer<Vehicle> onSaved) {
        save(Optional.empty(), false, onSaved);
    }

    /** Saves a new vehicle although its plate is on another vehicle in the archive. */
    public void saveAnyway(Consumer<Vehicle> onSaved) {
        save(Optional.empty(), true, onSaved);
    }

    /** Saves the lower mileage the manager has just confirmed. */
    public void saveApproved(AuthenticatedUser approver, Consumer<Vehicle> onSaved) {
        save(Optional.of(approver), false, onSaved);
    }

    private void save(Optional<AuthenticatedUser> approver, boolean duplicatesConfirmed, Consumer<Vehicle> onSaved) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        fieldErrors.clear();
        formError.set("");
        duplicates.clear();
        approvalNeeded.set(false);
        VehicleInput input = input();
        Vehicle before = existing;
        long ownerId = owner.id();
        context.background().run(() -> before == null
                ? context.vehicles().create(ownerId, input, duplicatesConfirmed)
                : context.vehicles().update(before.id(), before.version(), input, approver), saved -> {
                    busy.set(false);
                    onSaved.accept(saved);
                }, failure -> {
                    busy.set(false);
                    if (failure instanceof DuplicatesFoundException found) {
                        duplicates.setAll(found.duplicates());
                        return;
                    }
                    if (context.refusals().showInLine(failure, fieldErrors, formError)) {
                        BusinessRuleException mileageRefusal = ((InvalidFieldsException) failure).byField().get(VehicleInput.MILEAGE);
                        approvalNeeded.set(before != null && mileageRefusal != null
                                && MILEAGE_BACKWARDS.equals(mileageRefusal.messageKey()));
                    }
                });
    }


    public StringProperty vinProperty() {
        return vin;
    }

    public StringProperty plateProperty() {
        return plate;
    }

    public ObjectProperty<PlateColor> plateColorProperty() {
        return plateColor;
    }

    public StringProperty brandProperty() {
        return brand;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty modelYearProperty() {
        return modelYear;
    }

    public StringProperty engineNumberProperty() {
        return engineNumber;
    }

    public StringProperty bodyColorProperty() {
        return bodyColor;
    }

    public StringProperty firstRegistrationProperty() {
        return firstRegistration;
    }

    public StringProperty mileageProperty() {
        return mileage;
    }

    public StringProperty insuranceExpiryProperty() {
        return insuranceExpiry;
    }

    public StringProperty nextServiceDateProperty() {
        return nextServiceDate;
    }

    public StringProperty nextServiceMileageProperty() {
        return nextServiceMileage;
    }

    public ReadOnlyStringProperty vinDecodedProperty() {
        return vinDecoded;
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The mileage was refused as lower than the last reading: a manager may confirm it. */
    public ReadOnlyBooleanProperty approvalNeededProperty() {
        return approvalNeeded;
    }

    public ObservableList<PossibleDuplicate> duplicates() {
        return duplicates;
    }

    public BooleanBinding hasDuplicates() {
        return Bindings.isNotEmpty(duplicates);
    }
}
