package com.fours.workbench.customers.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.PlateColor;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MileageReading;
import com.fours.workbench.customers.OwnershipPeriod;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.customers.VehicleCard;
import com.fours.workbench.customers.Visit;
import com.fours.workbench.security.Permission;

/**
 * The card on the right of the archive: a vehicle with its owner, its owners before, its odometer
 * readings and its visits; or a customer with their vehicles. Everything is loaded in the
 * background and turned into the texts the card shows.
 */
public final class ArchiveCardViewModel {

    public enum Mode { EMPTY, VEHICLE, CUSTOMER }

    /** The texts of the card, one per line of it. */
    public enum Field {
        OWNER_NAME, OWNER_KIND, OWNER_PHONES, OWNER_ADDRESS, OWNER_CREDIT_CODE, OWNER_CONTACT, OWNER_CONSENT,
        OWNER_MEMBER_LEVEL, OWNER_NOTES,
        PLATE, PLATE_COLOR, VIN, VIN_DECODED, BRAND_MODEL, MODEL_YEAR, ENGINE_NUMBER, BODY_COLOR, FIRST_REGISTRATION,
        MILEAGE, INSURANCE_EXPIRY, NEXT_SERVICE_DATE, NEXT_SERVICE_MILEAGE
    }

    /** One owner of the vehicle, the current one last. */
    public record OwnerLine(String name, String from, String until, boolean current) {
    }

    /** One odometer reading; a correction downwards names the manager who confirmed it. */
    public record ReadingLine(String recordedAt, String mileage, String recordedBy, String approvedBy) {
    }

    /** One visit, as the module that owns it describes it. */
    public record VisitLine(String date, String kind, String reference, String summary, String status) {
    }

    /** One vehicle of the owner; {@code shown} for the one whose card this is. */
    public record VehicleLine(long vehicleId, String plate, String vin, String brandModel, boolean shown) {
    }

    private record Loaded(Customer owner, String phones, VehicleCard card, List<Vehicle> ownerVehicles) {
    }

    private final Map<Field, StringProperty> texts = new EnumMap<>(Field.class);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.EMPTY);
    private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>(this, "customer");
    private final ObjectProperty<Vehicle> vehicle = new SimpleObjectProperty<>(this, "vehicle");
    private final ObjectProperty<PlateColor> plateColor = new SimpleObjectProperty<>(this, "plateColor");
    private final ObservableList<OwnerLine> owners = FXCollections.observableArrayList();
    private final ObservableList<ReadingLine> readings = FXCollections.observableArrayList();
    private final ObservableList<VisitLine> visits = FXCollections.observableArrayList();
    private final ObservableList<VehicleLine> ownerVehicles = FXCollections.observableArrayList();
    private final BooleanProperty phoneMasked = new SimpleBooleanProperty(this, "phoneMasked");
    private final BooleanProperty company = new SimpleBooleanProperty(this, "company");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    private final CustomersContext context;
    private final Messages messages;
    private final ArchiveTexts format;
    private long generation;
    private Long shownVehicleId;
    private Long shownCustomerId;

    public ArchiveCardViewModel(CustomersContext context) {
        this.context = context;
        this.messages = context.messages();
        this.format = new ArchiveTexts(messages, context.clock());
        for (Field field : Field.values()) {
            texts.put(field, new SimpleStringProperty(this, field.name(), ""));
        }
    }

    public void showVehicle(long vehicleId) {
        shownVehicleId = vehicleId;
        shownCustomerId = null;
        load(() -> {
            VehicleCard card = context.vehicles().card(vehicleId);
            return new Loaded(card.owner(), phonesOf(card.owner()), card, context.vehicles().ownedBy(card.owner().id()));
        });
    }

    public void showCustomer(long customerId) {
        shownVehicleId = null;
        shownCustomerId = customerId;
        load(() -> {
            Customer owner = context.customers().find(customerId);
            return new Loaded(owner, phonesOf(owner), null, context.vehicles().ownedBy(customerId));
        });
    }

    /** Loads the card shown again, after a change to it or elsewhere. */
    public void reload() {
        if (shownVehicleId != null) {
            showVehicle(shownVehicleId);
        } else if (shownCustomerId != null) {
            showCustomer(shownCustomerId);
        }
    }

    public void clear() {
        generation++;
        shownVehicleId = null;
        shownCustomerId = null;
        mode.set(Mode.EMPTY);
        customer.set(null);
        vehicle.set(null);
    }

    /** Shows the owner's numbers in full to a user who sees them masked; the service audits it. */
    public void revealPhone() {
        Customer owner = customer.get();
        if (owner == null || !phoneMasked.get()) {
            return;
        }
        long mine = generation;
        context.background().run(() -> context.customers().revealPhone(owner.id()), shown -> {
            if (mine == generation) {
                text(Field.OWNER_PHONES).set(ArchiveTexts.orNone(shown));
                phoneMasked.set(false);
            }
        }, failure -> error.set(context.errors().describe(failure)));
    }

    private String phonesOf(Customer owner) {
        return Stream.of(owner.mobile(), owner.otherPhone()).filter(Objects::nonNull)
                .map(context.customers()::phoneForDisplay).reduce((a, b) -> a + " / " + b).orElse("");
    }

    private void load(java.util.concurrent.Callable<Loaded> work) {
        long mine = ++generation;
        loading.set(true);
        error.set("");
        context.background().run(work, loaded -> {
            if (mine == generation) {
                loading.set(false);
                show(loaded);
            }
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                error.set(context.errors().describe(failure));
            }
        });
    }

    private void show(Loaded loaded) {
        Customer owner = loaded.owner();
        text(Field.OWNER_NAME).set(owner.name());
        text(Field.OWNER_KIND).set(messages.of(owner.kind()));
        text(Field.OWNER_PHONES).set(ArchiveTexts.orNone(loaded.phones()));
        text(Field.OWNER_ADDRESS).set(ArchiveTexts.orNone(owner.address()));
        text(Field.OWNER_CREDIT_CODE).set(owner.creditCode() == null ? ArchiveTexts.NONE : owner.creditCode().value());
        text(Field.OWNER_CONTACT).set(messages.of(owner.preferredContact()));
        text(Field.OWNER_CONSENT).set(owner.contactConsent()
                ? messages.get("customers.ui.consent.given", format.date(owner.consentAt()))
                : messages.get("customers.ui.consent.notGiven"));
        text(Field.OWNER_MEMBER_LEVEL).set(messages.of(owner.memberLevel()));
        text(Field.OWNER_NOTES).set(ArchiveTexts.orNone(owner.notes()));
        company.set(owner.kind() == CustomerKind.COMPANY);
        phoneMasked.set(!context.may(Permission.VIEW_CUSTOMER_PHONES) && owner.phone().isPresent());

        VehicleCard card = loaded.card();
        Long shownId = card == null ? null : card.vehicle().id();
        ownerVehicles.setAll(loaded.ownerVehicles().stream().map(v -> new VehicleLine(v.id(),
                v.plate() == null ? ArchiveTexts.NONE : v.plate().display(), v.vin().toString(), brandModel(v),
                shownId != null && shownId == v.id())).toList());
        if (card == null) {
            owners.clear();
            readings.clear();
            visits.clear();
            vehicle.set(null);
            plateColor.set(null);
        } else {
            showVehicle(card);
        }
        customer.set(owner);
        mode.set(card == null ? Mode.CUSTOMER : Mode.VEHICLE);
    }

    private void showVehicle(VehicleCard card) {
        Vehicle v = card.vehicle();
        text(Field.PLATE).set(v.plate() == null ? messages.get("customers.ui.card.noPlate") : v.plate().display());
        text(Field.PLATE_COLOR).set(v.plateColor() == null ? ArchiveTexts.NONE : messages.of(v.plateColor()));
        text(Field.VIN).set(v.vin().toString());
        text(Field.VIN_DECODED).set(format.decoded(v.vin()));
        text(Field.BRAND_MODEL).set(ArchiveTexts.orNone(brandModel(v)));
        text(Field.MODEL_YEAR).set(v.modelYear() == null ? ArchiveTexts.NONE : String.valueOf(v.modelYear()));
        text(Field.ENGINE_NUMBER).set(ArchiveTexts.orNone(v.engineNumber()));
        text(Field.BODY_COLOR).set(ArchiveTexts.orNone(v.bodyColor()));
        text(Field.FIRST_REGISTRATION).set(format.date(v.firstRegistration()));
        text(Field.MILEAGE).set(format.mileage(v.mileage()));
        text(Field.INSURANCE_EXPIRY).set(format.date(v.insuranceExpiry()));
        text(Field.NEXT_SERVICE_DATE).set(format.date(v.nextServiceDate()));
        text(Field.NEXT_SERVICE_MILEAGE).set(format.mileage(v.nextServiceMileage()));
        plateColor.set(v.plateColor());
        owners.setAll(card.owners().stream().map(this::ownerLine).toList());
        readings.setAll(card.readings().stream().map(this::readingLine).toList());
        visits.setAll(card.visits().stream().map(this::visitLine).toList());
        vehicle.set(v);
    }

    private static String brandModel(Vehicle v) {
        return ((v.brand() == null ? "" : v.brand()) + " " + (v.model() == null ? "" : v.model())).strip();
    }

    private OwnerLine ownerLine(OwnershipPeriod period) {
        return new OwnerLine(period.customerName(), format.date(period.fromAt()),
                period.untilAt() == null ? messages.get("customers.ui.owners.current") : format.date(period.untilAt()),
                period.untilAt() == null);
    }

    private ReadingLine readingLine(MileageReading reading) {
        return new ReadingLine(format.dateTime(reading.recordedAt()), format.mileage(reading.mileage()),
                ArchiveTexts.orNone(reading.recordedBy()),
                reading.correctionApprovedBy() == null ? "" : reading.correctionApprovedBy());
    }

    private VisitLine visitLine(Visit visit) {
        return new VisitLine(format.date(visit.date()), visit.kind(), visit.reference(), visit.summary(), visit.status());
    }

    public StringProperty text(Field field) {
        return texts.get(field);
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<Customer> customerProperty() {
        return customer;
    }

    public ReadOnlyObjectProperty<Vehicle> vehicleProperty() {
        return vehicle;
    }

    public ReadOnlyObjectProperty<PlateColor> plateColorProperty() {
        return plateColor;
    }

    public ObservableList<OwnerLine> owners() {
        return owners;
    }

    public ObservableList<ReadingLine> readings() {
        return readings;
    }

    public ObservableList<VisitLine> visits() {
        return visits;
    }

    public ObservableList<VehicleLine> ownerVehicles() {
        return ownerVehicles;
    }

    /** The phones are shown masked and this user may ask to see them in full. */
    public ReadOnlyBooleanProperty phoneMaskedProperty() {
        return phoneMasked;
    }

    public ReadOnlyBooleanProperty companyProperty() {
        return company;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public boolean mayEdit() {
        return context.may(Permission.EDIT_CUSTOMERS);
    }

    public boolean mayMerge() {
        return context.may(Permission.MERGE_CUSTOMERS);
    }

    /** A car on the card can be received at once (the reception tab opens with its intake sheet). */
    public boolean mayReceive() {
        return context.receiveVehicle() != null && context.may(Permission.USE_RECEPTION);
    }
}
