package com.fours.workbench.staff.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.staff.PlanLine;
import com.fours.workbench.staff.StaffMember;
import com.fours.workbench.staff.TrainingInput;
import com.fours.workbench.staff.TrainingKind;
import com.fours.workbench.staff.TrainingRecord;
import com.fours.workbench.staff.TrainingService;
import com.fours.workbench.ui.FieldErrors;

/** The training form, the records, the plan and who had no safety training this year. */
public final class TrainingViewModel {

    private final StaffContext context;
    private final Messages messages;
    private final ObjectProperty<StaffMember> employee = new SimpleObjectProperty<>(this, "employee");
    private final StringProperty course = new SimpleStringProperty(this, "course", "");
    private final ObjectProperty<TrainingKind> kind = new SimpleObjectProperty<>(this, "kind", TrainingKind.QUARTERLY);
    private final StringProperty hours = new SimpleStringProperty(this, "hours", "");
    private final ObjectProperty<LocalDate> heldOn = new SimpleObjectProperty<>(this, "heldOn");
    private final StringProperty trainer = new SimpleStringProperty(this, "trainer", "");
    private final BooleanProperty passed = new SimpleBooleanProperty(this, "passed", true);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FieldErrors errors = new FieldErrors();
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final ObservableList<TrainingRecord> records = FXCollections.observableArrayList();
    private final ObservableList<PlanLine> plan = FXCollections.observableArrayList();
    private final ObservableList<StaffMember> notTrainedInSafety = FXCollections.observableArrayList();

    public TrainingViewModel(StaffContext context) {
        this.context = context;
        this.messages = context.messages();
        heldOn.set(context.trainings().today());
    }

    public ObjectProperty<StaffMember> employeeProperty() {
        return employee;
    }

    public StringProperty courseProperty() {
        return course;
    }

    public ObjectProperty<TrainingKind> kindProperty() {
        return kind;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public ObjectProperty<LocalDate> heldOnProperty() {
        return heldOn;
    }

    public StringProperty trainerProperty() {
        return trainer;
    }

    public BooleanProperty passedProperty() {
        return passed;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObservableList<StaffMember> staff() {
        return staff;
    }

    public ObservableList<TrainingRecord> records() {
        return records;
    }

    public ObservableList<PlanLine> plan() {
        return plan;
    }

    public ObservableList<StaffMember> notTrainedInSafety() {
        return notTrainedInSafety;
    }

    /** Reads the staff, the records, the plan and the safety list again. */
    public void refresh() {
        record Read(List<StaffMember> staff, List<TrainingRecord> records, List<PlanLine> plan, List<StaffMember> safety) {
        }
        TrainingService service = context.trainings();
        context.background().run(() -> new Read(service.staff(), service.records(), service.plan(), service.notTrainedInSafety()),
                read -> {
                    staff.setAll(read.staff());
                    records.setAll(read.records());
                    plan.setAll(read.plan());
                    notTrainedInSafety.setAll(read.safety());
                },
                error -> context.refusals().show(error, message));
    }

    /** Records the training typed; the form keeps the employee's choice for the next one. */
    public void save() {
        errors.clear();
        message.set("");
        BigDecimal typedHours;
        try {
            typedHours = hours.get() == null || hours.get().isBlank() ? null : new BigDecimal(hours.get().strip());
        } catch (NumberFormatException e) {
            context.refusals().show(new InvalidFieldsException(Map.of(TrainingService.HOURS,
                    new BusinessRuleException("staff.training.hoursNumber"))), errors, message);
            return;
        }
        StaffMember who = employee.get();
        TrainingInput input = new TrainingInput(who == null ? null : who.id(), course.get(), kind.get(), typedHours,
                heldOn.get(), trainer.get(), passed.get());
        context.background().run(() -> context.trainings().record(input), saved -> {
            message.set(messages.get("staff.training.saved", saved.employeeName(), saved.course()));
            course.set("");
            hours.set("");
            refresh();
        }, error -> context.refusals().show(error, errors, message));
    }
}
