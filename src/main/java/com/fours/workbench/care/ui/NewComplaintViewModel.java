package com.fours.workbench.care.ui;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import com.fours.workbench.care.ComplaintCategory;
import com.fours.workbench.care.ComplaintChannel;
import com.fours.workbench.care.ComplaintInput;
import com.fours.workbench.care.ComplaintOwner;
import com.fours.workbench.care.ComplaintSeverity;
import com.fours.workbench.care.ComplaintVisit;
import com.fours.workbench.customers.SearchHit;
import com.fours.workbench.ui.FieldErrors;
import com.fours.workbench.ui.LiveSearch;

/**
 * A complaint recorded at the counter, on the phone, online, from the maker's hotline or a 12315
 * referral: the car found by any fragment of plate, phone or name, the visit by its order number,
 * what it is about, the customer's own words and the owner (the recording user by default).
 */
public final class NewComplaintViewModel {

    /** The channels a complaint is typed in from; a callback's complaint comes from the call pane. */
    public static final List<ComplaintChannel> CHANNELS = List.of(ComplaintChannel.COUNTER, ComplaintChannel.PHONE,
            ComplaintChannel.ONLINE, ComplaintChannel.MAKER_HOTLINE, ComplaintChannel.AUTHORITY_12315);

    private final ComplaintsContext context;
    private final LiveSearch<SearchHit> search;
    private final ObservableList<SearchHit> cars = FXCollections.observableArrayList();
    private final ObjectProperty<SearchHit> car = new SimpleObjectProperty<>(this, "car");
    private final ObservableList<ComplaintVisit> visits = FXCollections.observableArrayList();
    private final ObjectProperty<ComplaintVisit> visit = new SimpleObjectProperty<>(this, "visit");
    private final ObjectProperty<ComplaintChannel> channel = new SimpleObjectProperty<>(this, "channel",
            ComplaintChannel.COUNTER);
    private final ObjectProperty<ComplaintCategory> category = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<ComplaintSeverity> severity = new SimpleObjectProperty<>(this, "severity",
            ComplaintSeverity.MEDIUM);
    private final StringProperty words = new SimpleStringProperty(this, "words", "");
    private final ObservableList<ComplaintOwner> owners = FXCollections.observableArrayList();
    private final ObjectProperty<ComplaintOwner> owner = new SimpleObjectProperty<>(this, "owner");
    private final StringProperty resolveBy = new SimpleStringProperty(this, "resolveBy", "");
    private final StringProperty carText = new SimpleStringProperty(this, "carText", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FieldErrors errors = new FieldErrors();

    public NewComplaintViewModel(ComplaintsContext context) {
        this.context = context;
        this.search = context.archive().get();
        search.hits().addListener((ListChangeListener<SearchHit>) change ->
                cars.setAll(search.hits().stream().filter(h -> h.vehicleId() != null).toList()));
    }

    public LiveSearch<SearchHit> search() { return search; }
    public ObservableList<SearchHit> cars() { return cars; }
    public ObjectProperty<SearchHit> carProperty() { return car; }
    public ObservableList<ComplaintVisit> visits() { return visits; }
    public ObjectProperty<ComplaintVisit> visitProperty() { return visit; }
    public ObjectProperty<ComplaintChannel> channelProperty() { return channel; }
    public ObjectProperty<ComplaintCategory> categoryProperty() { return category; }
    public ObjectProperty<ComplaintSeverity> severityProperty() { return severity; }
    public StringProperty wordsProperty() { return words; }
    public ObservableList<ComplaintOwner> owners() { return owners; }
    public ObjectProperty<ComplaintOwner> ownerProperty() { return owner; }
    public StringProperty resolveByProperty() { return resolveBy; }
    public StringProperty carTextProperty() { return carText; }
    public StringProperty messageProperty() { return message; }
    public FieldErrors errors() { return errors; }

    /** The owners to choose from, the recording user first chosen. */
    public void refresh() {
        context.background().run(() -> context.complaints().owners(), found -> {
            Long keep = owner.get() == null ? context.session().user().map(u -> u.id()).orElse(null) : owner.get().id();
            owners.setAll(found);
            owner.set(found.stream().filter(o -> keep != null && o.id() == keep).findFirst().orElse(null));
        }, error -> context.refusals().show(error, message));
    }

    /** A car chosen from the search: its visits load, the newest first chosen. */
    public void choose(SearchHit hit) {
        if (hit == null || hit.vehicleId() == null) {
            return;
        }
        car.set(hit);
        carText.set(context.messages().get("care.ui.new.car", hit.plate() == null ? hit.vin() : hit.plate(),
                hit.brandAndModel(), hit.ownerName()));
        errors.of(ComplaintInput.VEHICLE).set("");
        visits.clear();
        visit.set(null);
        long vehicleId = hit.vehicleId();
        context.background().run(() -> context.complaints().visits(vehicleId), found -> {
            if (car.get() != null && car.get().vehicleId() == vehicleId) {
                visits.setAll(found);
                visit.set(found.isEmpty() ? null : found.get(0));
            }
        }, error -> context.refusals().show(error, errors, message));
    }

    public void save() {
        errors.clear();
        message.set("");
        ComplaintInput input = new ComplaintInput(car.get() == null ? null : car.get().vehicleId(),
                visit.get() == null ? null : visit.get().id(), channel.get(), category.get(), severity.get(), words.get(),
                owner.get() == null ? null : owner.get().id(), resolveBy.get());
        context.background().run(() -> context.complaints().record(input), recorded -> {
            message.set(context.messages().get("care.ui.new.recorded", recorded.number(), recorded.plate(),
                    recorded.ownerName()));
            car.set(null);
            carText.set("");
            visits.clear();
            visit.set(null);
            category.set(null);
            words.set("");
            resolveBy.set("");
            search.queryProperty().set("");
        }, error -> context.refusals().show(error, errors, message));
    }
}
