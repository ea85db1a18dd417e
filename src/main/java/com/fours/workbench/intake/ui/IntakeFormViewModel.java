package com.fours.workbench.intake.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.Observable;
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

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.intake.CarView;
import com.fours.workbench.intake.DamageMarker;
import com.fours.workbench.intake.DamageType;
import com.fours.workbench.intake.FieldChange;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.Intake;
import com.fours.workbench.intake.IntakeDraft;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.intake.IntakePhoto;
import com.fours.workbench.intake.IntakePhotos;
import com.fours.workbench.intake.IntakeSheet;
import com.fours.workbench.intake.ItemKind;
import com.fours.workbench.intake.KeysAndDocumentsInput;
import com.fours.workbench.intake.TakenItem;
import com.fours.workbench.intake.OldPartsHandling;
import com.fours.workbench.intake.PreparedPhoto;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.ui.FieldErrors;

/**
 * The intake sheet on the screen: a new one from a draft, or a saved one. What was typed stays
 * until it is saved; a refusal shows under its field. Photos chosen before the first save are
 * checked at once and kept with the sheet when it is saved.
 */
public final class IntakeFormViewModel {

    private static final String MILEAGE_BACKWARDS = "vehicle.mileage.backwards";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StringProperty mileage = new SimpleStringProperty(this, "mileage", "");
    private final ObjectProperty<FuelLevel> fuelLevel = new SimpleObjectProperty<>(this, "fuelLevel");
    private final StringProperty valuables = new SimpleStringProperty(this, "valuables", "");
    private final StringProperty complaint = new SimpleStringProperty(this, "complaint", "");
    private final StringProperty items = new SimpleStringProperty(this, "items", "");
    private final StringProperty estimate = new SimpleStringProperty(this, "estimate", "");
    private final StringProperty promisedAt = new SimpleStringProperty(this, "promisedAt", "");
    private final ObjectProperty<OldPartsHandling> oldParts = new SimpleObjectProperty<>(this, "oldParts");
    private final StringProperty approvalContact = new SimpleStringProperty(this, "approvalContact", "");
    private final BooleanProperty customerWaits = new SimpleBooleanProperty(this, "customerWaits");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty keyTag = new SimpleStringProperty(this, "keyTag", "");
    private final StringProperty keys = new SimpleStringProperty(this, "keys", "");
    private final BooleanProperty vehicleLicence = new SimpleBooleanProperty(this, "vehicleLicence");
    private final BooleanProperty maintenanceBooklet = new SimpleBooleanProperty(this, "maintenanceBooklet");
    private final BooleanProperty insurancePolicy = new SimpleBooleanProperty(this, "insurancePolicy");
    private final StringProperty otherItem = new SimpleStringProperty(this, "otherItem", "");
    private final ObjectProperty<DamageType> markerType = new SimpleObjectProperty<>(this, "markerType", DamageType.SCRATCH);
    private final ObservableList<MarkerItem> markers = FXCollections.observableArrayList(
            m -> new Observable[] {m.typeProperty(), m.noteProperty(), m.numberProperty()});
    private final ObservableList<PhotoItem> photos = FXCollections.observableArrayList();
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final FieldErrors fieldErrors = new FieldErrors();
    private final StringProperty formError = new SimpleStringProperty(this, "formError", "");
    private final StringProperty photoMessage = new SimpleStringProperty(this, "photoMessage", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty subtitle = new SimpleStringProperty(this, "subtitle", "");
    private final StringProperty recommendations = new SimpleStringProperty(this, "recommendations", "");
    private final StringProperty guaranteeNotice = new SimpleStringProperty(this, "guaranteeNotice", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty approvalNeeded = new SimpleBooleanProperty(this, "approvalNeeded");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final ObjectProperty<IntakeSheet> saved = new SimpleObjectProperty<>(this, "saved");

    private final ReceptionContext context;
    private final IntakeDraft draft;
    private final List<PreparedPhoto> pendingPhotos = new ArrayList<>();
    private boolean filling;

    /** A new sheet for the draft's car. */
    public IntakeFormViewModel(ReceptionContext context, IntakeDraft draft) {
        this.context = context;
        this.draft = draft;
        fill(draft.input());
        describe(draft.customer(), draft.vehicle());
        status.set(draft.appointmentId() == null ? context.messages().get("intake.ui.status.new")
                : context.messages().get("intake.ui.status.newFromAppointment",
                        draft.vehicle().plate() == null ? draft.vehicle().vin().toString() : draft.vehicle().plate().display()));
        watchForChanges();
        loadRecommendations(draft.vehicle().id());
        checkGuarantee();
    }

    /** Quality control: is the car back inside the guarantee of an earlier order at this mileage? */
    private void checkGuarantee() {
        if (draft == null || context.guaranteeCheck() == null) {
            return;
        }
        long vehicleId = draft.vehicle().id();
        Integer reading = typedMileage();
        if (reading == null) {
            guaranteeNotice.set("");
            return;
        }
        // answers to earlier keystrokes may come back after later ones: only the reading still typed counts
        context.background().run(() -> context.guaranteeCheck().notice(vehicleId, reading), found -> {
            if (reading.equals(typedMileage())) {
                guaranteeNotice.set(found.orElse(""));
            }
        }, error -> guaranteeNotice.set(""));
    }

    private Integer typedMileage() {
        try {
            return Integer.valueOf(mileage.get() == null ? "" : mileage.get().strip().replace(",", ""));
        } catch (NumberFormatException notYet) {
            return null;
        }
    }

    /** Not empty when the car is back inside the guarantee of an earlier order (a guarantee comeback). */
    public ReadOnlyStringProperty guaranteeNoticeProperty() {
        return guaranteeNotice;
    }

    /** Work the customer declined at earlier visits: the advisor recommends it again (repair orders, decision 0034). */
    private void loadRecommendations(long vehicleId) {
        context.background().run(() -> context.repairOrders().recommendations(vehicleId), found -> recommendations.set(
                found.isEmpty() ? "" : context.messages().get("repair.ui.recommendations", found.stream()
                        .map(r -> r.description() + "（" + r.orderNumber() + "）")
                        .collect(java.util.stream.Collectors.joining("、")))), error -> recommendations.set(""));
    }

    /** Not empty when earlier visits left work the customer declined. */
    public ReadOnlyStringProperty recommendationsProperty() {
        return recommendations;
    }

    /** A saved sheet. */
    public IntakeFormViewModel(ReceptionContext context, IntakeSheet sheet) {
        this.context = context;
        this.draft = new IntakeDraft(sheet.customer(), sheet.vehicle(), sheet.intake().appointmentId(), null);
        show(sheet);
        watchForChanges();
    }

    private void watchForChanges() {
        for (Observable o : new Observable[] {mileage, fuelLevel, valuables, complaint, items, estimate, promisedAt,
                oldParts, approvalContact, customerWaits, notes, markers, keyTag, keys, vehicleLicence,
                maintenanceBooklet, insurancePolicy, otherItem}) {
            o.addListener(x -> {
                if (!filling) {
                    dirty.set(true);
                }
            });
        }
        mileage.addListener((obs, old, now) -> approvalNeeded.set(false));
        mileage.addListener((obs, old, now) -> checkGuarantee());
        for (String field : new String[] {IntakeInput.MILEAGE, IntakeInput.FUEL_LEVEL, IntakeInput.VALUABLES,
                IntakeInput.COMPLAINT, IntakeInput.REQUESTED_ITEMS, IntakeInput.ESTIMATED_COST, IntakeInput.PROMISED_AT,
                IntakeInput.OLD_PARTS, IntakeInput.APPROVAL_CONTACT, IntakeInput.NOTES, IntakeInput.MARKERS,
                KeysAndDocumentsInput.KEY_TAG, KeysAndDocumentsInput.KEYS, KeysAndDocumentsInput.OTHER}) {
            fieldErrors.of(field);
        }
    }

    private void fill(IntakeInput input) {
        filling = true;
        try {
            mileage.set(input.mileage());
            fuelLevel.set(input.fuelLevel());
            valuables.set(input.valuables());
            complaint.set(input.complaint());
            items.set(String.join("\n", input.requestedItems()));
            estimate.set(input.estimatedCost());
            promisedAt.set(input.promisedAt());
            oldParts.set(input.oldParts());
            approvalContact.set(input.approvalContact());
            customerWaits.set(input.customerWaits());
            notes.set(input.notes());
            markers.setAll(input.markers().stream().map(MarkerItem::of).toList());
            KeysAndDocumentsInput taken = input.keysAndDocuments();
            keyTag.set(taken.keyTag());
            keys.set(taken.keys());
            vehicleLicence.set(taken.vehicleLicence());
            maintenanceBooklet.set(taken.maintenanceBooklet());
            insurancePolicy.set(taken.insurancePolicy());
            otherItem.set(taken.other());
        } finally {
            filling = false;
        }
    }

    private void show(IntakeSheet sheet) {
        ZoneId zone = context.clock().getZone();
        Intake i = sheet.intake();
        fill(new IntakeInput(String.valueOf(i.mileage()), i.fuelLevel(), i.valuables(), i.complaint(), i.requestedItems(),
                i.estimate().map(m -> m.toPlainString()).orElse(""),
                i.promised().map(t -> WHEN.format(t.atZone(zone))).orElse(""), i.oldParts(), i.approvalContact(),
                i.customerWaits(), i.notes(), i.markers(), keysAndDocuments(i)));
        describe(sheet.customer(), sheet.vehicle());
        Messages m = context.messages();
        String order = m.get("intake.ui.status.saved", sheet.repairOrder().number(), m.of(sheet.repairOrder().status()));
        if (i.signed()) {
            String signedAt = Formats.of(m.locale()).dateTime(i.signedAt(), zone);
            order = order + " · " + (sheet.changedSinceSigned() ? m.get("intake.ui.status.changed", signedAt)
                    : m.get("intake.ui.status.signed", signedAt));
        }
        status.set(order);
        changes.setAll(sheet.changesSinceSigned().stream().map(this::describe).toList());
        List<PhotoItem> shown = new ArrayList<>();
        for (IntakePhoto photo : sheet.photos()) {
            shown.add(PhotoItem.kept(photo));
        }
        photos.setAll(shown);
        saved.set(sheet);
        dirty.set(false);
    }

    private void describe(Customer customer, Vehicle vehicle) {
        String car = String.join(" ", nonBlank(vehicle.brand(), vehicle.model()));
        title.set(vehicle.label() + (car.isEmpty() ? "" : " · " + car));
        subtitle.set(customer.name() + " · " + vehicle.vin());
    }

    private static List<String> nonBlank(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }

    /** "投诉：空调不凉 → 空调不凉，出风有异味". */
    private String describe(FieldChange change) {
        Messages m = context.messages();
        String label;
        if (change.field().startsWith("taken.")) {
            label = m.of(ItemKind.valueOf(change.field().substring("taken.".length())));
        } else if (change.field().startsWith("marker.")) {
            label = m.get("intake.ui.changedMarker", change.field().substring("marker.".length()));
        } else {
            label = switch (change.field()) {
                case IntakeInput.MILEAGE -> m.get("intake.ui.mileage");
                case IntakeInput.FUEL_LEVEL -> m.get("intake.ui.fuelLevel");
                case IntakeInput.VALUABLES -> m.get("intake.ui.valuables");
                case IntakeInput.COMPLAINT -> m.get("intake.ui.complaint");
                case IntakeInput.REQUESTED_ITEMS -> m.get("intake.ui.requestedItems");
                case IntakeInput.ESTIMATED_COST -> m.get("intake.ui.estimatedCost");
                case IntakeInput.PROMISED_AT -> m.get("intake.ui.promisedAt");
                case IntakeInput.OLD_PARTS -> m.get("intake.ui.oldParts");
                case IntakeInput.APPROVAL_CONTACT -> m.get("intake.ui.approvalContact");
                case IntakeInput.NOTES -> m.get("intake.ui.notes");
                case KeysAndDocumentsInput.KEY_TAG -> m.get("intake.ui.keyTag");
                default -> m.get("intake.ui.customerWaits");
            };
        }
        return label.replaceAll("[(（]_[A-Z][)）]", "").replace("_", "") + m.get("intake.ui.changeArrow", value(change.field(), change.before()),
                value(change.field(), change.after()));
    }

    private String value(String field, String raw) {
        Messages m = context.messages();
        if (raw == null || raw.isEmpty()) {
            return "—";
        }
        try {
            if (field.startsWith("marker.")) {
                String[] parts = raw.split("\\|", 5);
                String type = parts[3].isEmpty() ? "?" : m.of(DamageType.valueOf(parts[3]));
                String note = parts.length > 4 && !parts[4].isEmpty() ? " " + parts[4] : "";
                return type + " · " + m.of(CarView.valueOf(parts[0])) + note;
            }
            return switch (field) {
                case IntakeInput.FUEL_LEVEL -> m.of(FuelLevel.valueOf(raw));
                case IntakeInput.OLD_PARTS -> m.of(OldPartsHandling.valueOf(raw));
                case "customerWaits" -> m.get(Boolean.parseBoolean(raw) ? "intake.ui.yes" : "intake.ui.no");
                case IntakeInput.PROMISED_AT -> WHEN.format(java.time.Instant.parse(raw).atZone(context.clock().getZone()));
                default -> raw.replace('\n', '；');
            };
        } catch (RuntimeException e) {
            return raw;
        }
    }

    /** The saved sheet's keys and documents as the form shows them. */
    private static KeysAndDocumentsInput keysAndDocuments(Intake i) {
        String keyCount = "";
        boolean licence = false;
        boolean booklet = false;
        boolean policy = false;
        String other = "";
        for (TakenItem item : i.taken()) {
            switch (item.kind()) {
                case KEY -> keyCount = String.valueOf(item.quantity());
                case VEHICLE_LICENCE -> licence = true;
                case MAINTENANCE_BOOKLET -> booklet = true;
                case INSURANCE_POLICY -> policy = true;
                case OTHER -> other = item.description();
                default -> { }
            }
        }
        return new KeysAndDocumentsInput(i.keyTag() == null ? "" : i.keyTag(), keyCount, licence, booklet, policy, other);
    }

    public IntakeInput input() {
        List<String> lines = items.get() == null ? List.of() : Arrays.stream(items.get().split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new IntakeInput(mileage.get(), fuelLevel.get(), valuables.get(), complaint.get(), lines, estimate.get(),
                promisedAt.get(), oldParts.get(), approvalContact.get(), customerWaits.get(), notes.get(),
                markers.stream().map(MarkerItem::toMarker).toList(), new KeysAndDocumentsInput(keyTag.get(), keys.get(),
                vehicleLicence.get(), maintenanceBooklet.get(), insurancePolicy.get(), otherItem.get()));
    }

    /** A click on the outline: a new marker of the chosen type, numbered after the others. */
    public void placeMarker(CarView view, double x, double y) {
        markers.add(new MarkerItem(markers.size() + 1, view, x, y, markerType.get(), ""));
        fieldErrors.of(IntakeInput.MARKERS).set("");
    }

    public void removeMarker(MarkerItem marker) {
        markers.remove(marker);
        for (int i = 0; i < markers.size(); i++) {
            markers.get(i).numberProperty().set(i + 1);
        }
    }

    public List<DamageMarker> markerList() {
        return markers.stream().map(MarkerItem::toMarker).toList();
    }

    public void save(Runnable onSaved) {
        save(Optional.empty(), onSaved);
    }

    /** Saves again with the manager who confirmed the lower mileage. */
    public void saveApproved(AuthenticatedUser approver, Runnable onSaved) {
        save(Optional.of(approver), onSaved);
    }

    private void save(Optional<AuthenticatedUser> approver, Runnable onSaved) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        formError.set("");
        fieldErrors.clear();
        approvalNeeded.set(false);
        IntakeInput input = input();
        IntakeSheet before = saved.get();
        List<PreparedPhoto> photosToKeep = List.copyOf(pendingPhotos);
        context.background().run(() -> before == null
                        ? context.intakes().receive(draft, input, photosToKeep, approver)
                        : context.intakes().update(before.intake().id(), before.intake().version(), input, approver),
                sheet -> {
                    busy.set(false);
                    pendingPhotos.clear();
                    show(sheet);
                    onSaved.run();
                }, this::refused);
    }

    private void refused(Throwable failure) {
        busy.set(false);
        if (context.refusals().showInLine(failure, fieldErrors, formError)) {
            BusinessRuleException mileageRefusal = ((InvalidFieldsException) failure).byField().get(IntakeInput.MILEAGE);
            approvalNeeded.set(mileageRefusal != null && MILEAGE_BACKWARDS.equals(mileageRefusal.messageKey()));
            formError.set(context.messages().get("intake.ui.fixFields"));
        }
    }

    /** The customer has signed the printed sheet. Unsaved changes are saved first. */
    public void sign() {
        if (busy.get()) {
            return;
        }
        if (saved.get() == null || dirty.get()) {
            save(this::sign);
            return;
        }
        busy.set(true);
        formError.set("");
        Intake intake = saved.get().intake();
        context.background().run(() -> context.intakes().sign(intake.id(), intake.version()), sheet -> {
            busy.set(false);
            show(sheet);
        }, this::refused);
    }

    /** Fills the printed sheet (saving first what was changed) and hands it to {@code show}. */
    public void print(Consumer<RenderedReport> show) {
        if (busy.get()) {
            return;
        }
        if (saved.get() == null || dirty.get()) {
            save(() -> print(show));
            return;
        }
        busy.set(true);
        formError.set("");
        long id = saved.get().intake().id();
        context.background().run(() -> context.sheets().render(id), report -> {
            busy.set(false);
            show.accept(report);
        }, this::refused);
    }

    /**
     * Checks and shrinks the chosen files in the background. A file that is not an image, or too
     * large, is named in a message and left out; the others are kept (at once on a saved sheet).
     */
    public void attachPhotos(List<Path> files) {
        if (files == null || files.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        photoMessage.set("");
        IntakeSheet current = saved.get();
        record Attached(List<PreparedPhoto> prepared, List<String> refusals, IntakeSheet sheet) {
        }
        context.background().run(() -> {
            List<PreparedPhoto> prepared = new ArrayList<>();
            List<String> refusals = new ArrayList<>();
            for (Path file : files) {
                String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
                try {
                    if (Files.size(file) > IntakePhotos.MAX_FILE_BYTES) {
                        throw new BusinessRuleException("intake.photo.tooLarge", name,
                                IntakePhotos.MAX_FILE_BYTES / (1024 * 1024));
                    }
                    prepared.add(context.intakes().preparePhoto(name, Files.readAllBytes(file)));
                } catch (BusinessRuleException e) {
                    refusals.add(context.messages().of(e));
                } catch (IOException e) {
                    refusals.add(context.messages().get("intake.ui.photoUnreadable", name));
                }
            }
            IntakeSheet sheet = current != null && !prepared.isEmpty()
                    ? context.intakes().addPhotos(current.intake().id(), prepared) : null;
            return new Attached(prepared, refusals, sheet);
        }, attached -> {
            busy.set(false);
            if (attached.sheet() != null) {
                boolean wasDirty = dirty.get();
                List<PhotoItem> kept = attached.sheet().photos().stream()
                        .map(PhotoItem::kept).toList();
                List<PhotoItem> all = new ArrayList<>(kept);
                photos.setAll(all);
                saved.set(new IntakeSheet(current.intake(), current.repairOrder(), current.customer(), current.vehicle(),
                        current.advisorName(), attached.sheet().photos(), current.changesSinceSigned()));
                dirty.set(wasDirty);
            } else {
                pendingPhotos.addAll(attached.prepared());
                for (PreparedPhoto p : attached.prepared()) {
                    photos.add(PhotoItem.pending(p));
                }
            }
            photoMessage.set(String.join("\n", attached.refusals()));
        }, failure -> {
            busy.set(false);
            photoMessage.set(context.errors().describe(failure));
        });
    }

    public StringProperty mileageProperty() {
        return mileage;
    }

    public ObjectProperty<FuelLevel> fuelLevelProperty() {
        return fuelLevel;
    }

    public StringProperty valuablesProperty() {
        return valuables;
    }

    public StringProperty complaintProperty() {
        return complaint;
    }

    public StringProperty itemsProperty() {
        return items;
    }

    public StringProperty estimateProperty() {
        return estimate;
    }

    public StringProperty promisedAtProperty() {
        return promisedAt;
    }

    public ObjectProperty<OldPartsHandling> oldPartsProperty() {
        return oldParts;
    }

    public StringProperty approvalContactProperty() {
        return approvalContact;
    }

    public StringProperty keyTagProperty() {
        return keyTag;
    }

    public StringProperty keysProperty() {
        return keys;
    }

    public BooleanProperty vehicleLicenceProperty() {
        return vehicleLicence;
    }

    public BooleanProperty maintenanceBookletProperty() {
        return maintenanceBooklet;
    }

    public BooleanProperty insurancePolicyProperty() {
        return insurancePolicy;
    }

    public StringProperty otherItemProperty() {
        return otherItem;
    }

    public BooleanProperty customerWaitsProperty() {
        return customerWaits;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<DamageType> markerTypeProperty() {
        return markerType;
    }

    public ObservableList<MarkerItem> markers() {
        return markers;
    }

    /** Hands the full image of a photo to {@code show}: at once while it waits for the save, else read from the database. */
    public void openPhoto(PhotoItem photo, Consumer<byte[]> show) {
        if (photo.pending()) {
            show.accept(photo.image());
            return;
        }
        context.background().run(() -> context.intakes().photo(photo.photoId()), show,
                failure -> photoMessage.set(context.errors().describe(failure)));
    }

    public ObservableList<PhotoItem> photos() {
        return photos;
    }

    public ObservableList<String> changes() {
        return changes;
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError;
    }

    public ReadOnlyStringProperty photoMessageProperty() {
        return photoMessage;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty approvalNeededProperty() {
        return approvalNeeded;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyObjectProperty<IntakeSheet> savedProperty() {
        return saved;
    }

    public Vehicle vehicle() {
        return draft.vehicle();
    }
}
