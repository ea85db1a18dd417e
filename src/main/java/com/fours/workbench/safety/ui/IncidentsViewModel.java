package com.fours.workbench.safety.ui;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.safety.Incident;
import com.fours.workbench.safety.IncidentInput;
import com.fours.workbench.safety.IncidentKind;
import com.fours.workbench.safety.IncidentSeverity;
import com.fours.workbench.staff.StaffMember;
import com.fours.workbench.ui.FieldErrors;

/**
 * Incidents and near misses: the list (open first), a report, the chosen one's corrective measure and
 * the manager's closing. Never touches a control.
 */
public final class IncidentsViewModel {

    private final SafetyContext context;
    private final Messages messages;
    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors reportErrors = new FieldErrors();
    private final FieldErrors chosenErrors = new FieldErrors();

    private final ObjectProperty<IncidentKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<IncidentSeverity> severity = new SimpleObjectProperty<>(this, "severity");
    private final StringProperty what = new SimpleStringProperty(this, "what", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final StringProperty involved = new SimpleStringProperty(this, "involved", "");
    private final StringProperty injured = new SimpleStringProperty(this, "injured", "0");
    private final StringProperty cause = new SimpleStringProperty(this, "cause", "");
    private final StringProperty immediate = new SimpleStringProperty(this, "immediate", "");

    private final ObjectProperty<Incident> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final StringProperty corrective = new SimpleStringProperty(this, "corrective", "");
    private final ObjectProperty<StaffMember> owner = new SimpleObjectProperty<>(this, "owner");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(this, "due");
    private final StringProperty closingNote = new SimpleStringProperty(this, "closingNote", "");

    public IncidentsViewModel(SafetyContext context) {
        this.context = context;
        this.messages = context.messages();
        day.set(LocalDate.now(context.clock()));
        chosen.addListener((obs, old, now) -> showChosen(now));
    }

    public ObservableList<Incident> incidents() { return incidents; }
    public ObservableList<StaffMember> staff() { return staff; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public FieldErrors reportErrors() { return reportErrors; }
    public FieldErrors chosenErrors() { return chosenErrors; }
    public ObjectProperty<IncidentKind> kindProperty() { return kind; }
    public ObjectProperty<IncidentSeverity> severityProperty() { return severity; }
    public StringProperty whatProperty() { return what; }
    public StringProperty placeProperty() { return place; }
    public ObjectProperty<LocalDate> dayProperty() { return day; }
    public StringProperty timeProperty() { return time; }
    public StringProperty involvedProperty() { return involved; }
    public StringProperty injuredProperty() { return injured; }
    public StringProperty causeProperty() { return cause; }
    public StringProperty immediateProperty() { return immediate; }
    public ObjectProperty<Incident> chosenProperty() { return chosen; }
    public StringProperty correctiveProperty() { return corrective; }
    public ObjectProperty<StaffMember> ownerProperty() { return owner; }
    public ObjectProperty<LocalDate> dueProperty() { return due; }
    public StringProperty closingNoteProperty() { return closingNote; }

    private record Loaded(List<Incident> incidents, List<StaffMember> staff) {
    }

    public void refresh() {
        busy.set(true);
        context.background().run(() -> new Loaded(context.safety().incidents(), context.safety().staff()), loaded -> {
            busy.set(false);
            Long keep = chosen.get() == null ? null : chosen.get().id();
            staff.setAll(loaded.staff());
            incidents.setAll(loaded.incidents());
            chosen.set(keep == null ? null : loaded.incidents().stream().filter(i -> i.id() == keep).findFirst()
                    .orElse(null));
        }, error -> {
            busy.set(false);
            context.refusals().show(error, message);
        });
    }

    public void report() {
        if (busy.get()) {
            return;
        }
        message.set("");
        reportErrors.clear();
        IncidentInput input = new IncidentInput(kind.get(), severity.get(), what.get(), place.get(),
                day.get() == null ? "" : day.get().toString(), time.get(), involved.get(), injured.get(), cause.get(),
                immediate.get(), "", null, "");
        busy.set(true);
        context.background().run(() -> context.safety().report(input), done -> {
            busy.set(false);
            message.set(messages.get("safety.ui.reported", messages.of(done.kind()), done.place()));
            what.set("");
            place.set("");
            time.set("");
            involved.set("");
            injured.set("0");
            cause.set("");
            immediate.set("");
            kind.set(null);
            severity.set(null);
            chosen.set(done);
            refresh();
        }, error -> {
            busy.set(false);
            context.refusals().show(error, reportErrors, message);
        });
    }

    public void saveMeasures() {
        Incident incident = chosen.get();
        if (busy.get() || incident == null) {
            return;
        }
        message.set("");
        chosenErrors.clear();
        Long ownerId = owner.get() == null ? null : owner.get().id();
        String dueDay = due.get() == null ? "" : due.get().toString();
        String text = corrective.get();
        busy.set(true);
        context.background().run(() -> context.safety().setMeasures(incident.id(), text, ownerId, dueDay), done -> {
            busy.set(false);
            message.set(messages.get("safety.ui.measuresSaved", done.ownerName()));
            refresh();
        }, error -> {
            busy.set(false);
            context.refusals().show(error, chosenErrors, message);
        });
    }

    public void close() {
        Incident incident = chosen.get();
        if (busy.get() || incident == null) {
            return;
        }
        message.set("");
        chosenErrors.clear();
        String note = closingNote.get();
        busy.set(true);
        context.background().run(() -> context.safety().close(incident.id(), note), done -> {
            busy.set(false);
            message.set(messages.get("safety.ui.closed", messages.of(done.kind()), done.place()));
            refresh();
        }, error -> {
            busy.set(false);
            context.refusals().show(error, chosenErrors, message);
        });
    }

    private void showChosen(Incident incident) {
        chosenErrors.clear();
        corrective.set(incident == null || incident.corrective() == null ? "" : incident.corrective());
        owner.set(incident == null || incident.ownerId() == null ? null : staff.stream()
                .filter(m -> m.id() == incident.ownerId()).findFirst().orElse(null));
        due.set(incident == null ? null : incident.dueOn());
        closingNote.set(incident == null || incident.closingNote() == null ? "" : incident.closingNote());
    }

    public String staffText(StaffMember m) {
        return m == null ? "" : m.name() + " (" + messages.of(m.role()) + ")";
    }

    /** What the chosen incident is, in one line for the heading of its form. */
    public String chosenText(Incident incident) {
        return incident == null ? messages.get("safety.ui.chooseIncident")
                : messages.get("safety.ui.chosen", messages.of(incident.kind()), incident.place(), incident.what());
    }
}
