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
import com.fours.workbench.safety.Drill;
import com.fours.workbench.safety.DrillInput;
import com.fours.workbench.safety.DrillKind;
import com.fours.workbench.safety.SafetyFigures;
import com.fours.workbench.staff.StaffMember;
import com.fours.workbench.ui.FieldErrors;

/**
 * Emergency drills and the year's safety figures (training coverage, incidents per month, drills
 * against the plan). Never touches a control: the participants checked on screen come in as a list.
 */
public final class DrillsViewModel {

    private final SafetyContext context;
    private final Messages messages;
    private final ObservableList<Drill> drills = FXCollections.observableArrayList();
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final ObservableList<StaffMember> participants = FXCollections.observableArrayList();
    private final ObservableList<StaffMember> notTrained = FXCollections.observableArrayList();
    private final ObservableList<SafetyFigures.MonthCount> incidentMonths = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty coverage = new SimpleStringProperty(this, "coverage", "");
    private final StringProperty drillsAgainstPlan = new SimpleStringProperty(this, "drillsAgainstPlan", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors();

    private final ObjectProperty<DrillKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty plan = new SimpleStringProperty(this, "plan", "");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final StringProperty minutes = new SimpleStringProperty(this, "minutes", "");
    private final StringProperty findings = new SimpleStringProperty(this, "findings", "");
    private final StringProperty improvements = new SimpleStringProperty(this, "improvements", "");
    private final StringProperty planned = new SimpleStringProperty(this, "planned", "");

    public DrillsViewModel(SafetyContext context) {
        this.context = context;
        this.messages = context.messages();
        day.set(LocalDate.now(context.clock()));
    }

    public ObservableList<Drill> drills() { return drills; }
    public ObservableList<StaffMember> staff() { return staff; }
    /** Those checked as taking part (the view keeps it in step with its check boxes). */
    public ObservableList<StaffMember> participants() { return participants; }
    public ObservableList<StaffMember> notTrained() { return notTrained; }
    public ObservableList<SafetyFigures.MonthCount> incidentMonths() { return incidentMonths; }
    public StringProperty messageProperty() { return message; }
    public StringProperty coverageProperty() { return coverage; }
    public StringProperty drillsAgainstPlanProperty() { return drillsAgainstPlan; }
    public BooleanProperty busyProperty() { return busy; }
    public FieldErrors errors() { return errors; }
    public ObjectProperty<DrillKind> kindProperty() { return kind; }
    public StringProperty planProperty() { return plan; }
    public ObjectProperty<LocalDate> dayProperty() { return day; }
    public StringProperty minutesProperty() { return minutes; }
    public StringProperty findingsProperty() { return findings; }
    public StringProperty improvementsProperty() { return improvements; }
    public StringProperty plannedProperty() { return planned; }

    private record Loaded(List<Drill> drills, List<StaffMember> staff, SafetyFigures figures) {
    }

    public void refresh() {
        busy.set(true);
        context.background().run(() -> new Loaded(context.safety().drills(), context.safety().staff(),
                context.safety().figures()), loaded -> {
                    busy.set(false);
                    drills.setAll(loaded.drills());
                    if (!staff.equals(loaded.staff())) {
                        staff.setAll(loaded.staff());
                    }
                    show(loaded.figures());
                }, error -> {
                    busy.set(false);
                    context.refusals().show(error, message);
                });
    }

    private void show(SafetyFigures f) {
        coverage.set(messages.get("safety.ui.coverage", String.valueOf(f.year()), f.trained(), f.staff(), f.coveragePercent()));
        drillsAgainstPlan.set(messages.get("safety.ui.drillsAgainstPlan", String.valueOf(f.year()), f.drillsHeld(), f.drillsPlanned()));
        notTrained.setAll(f.notTrained());
        incidentMonths.setAll(f.incidents());
        planned.set(String.valueOf(f.drillsPlanned()));
    }

    public void record() {
        if (busy.get()) {
            return;
        }
        message.set("");
        errors.clear();
        DrillInput input = new DrillInput(kind.get(), plan.get(), day.get() == null ? "" : day.get().toString(),
                minutes.get(), participants.stream().map(StaffMember::id).toList(), findings.get(), improvements.get());
        busy.set(true);
        context.background().run(() -> context.safety().recordDrill(input), done -> {
            busy.set(false);
            message.set(messages.get("safety.ui.drillRecorded", messages.of(done.kind()), done.participants().size()));
            plan.set("");
            minutes.set("");
            findings.set("");
            improvements.set("");
            kind.set(null);
            participants.clear();
            refresh();
        }, error -> {
            busy.set(false);
            context.refusals().show(error, errors, message);
        });
    }

    public void savePlanned() {
        if (busy.get()) {
            return;
        }
        message.set("");
        errors.clear();
        String typed = planned.get();
        busy.set(true);
        context.background().run(() -> context.safety().setDrillsPlanned(typed), done -> {
            busy.set(false);
            message.set(messages.get("safety.ui.plannedSaved", done));
            refresh();
        }, error -> {
            busy.set(false);
            context.refusals().show(error, errors, message);
        });
    }

    public String staffText(StaffMember m) {
        return m == null ? "" : m.name() + " (" + messages.of(m.role()) + ")";
    }
}
