package com.fours.workbench.repair.ui;

import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.JobClockReason;
import com.fours.workbench.repair.LineStatus;
import com.fours.workbench.repair.TechnicianJob;

/** The technician's own screen: today's jobs, clock on, pause, finish. */
public final class JobClockViewModel {

    private final DispatchContext context;
    private final Messages messages;
    private final ObservableList<TechnicianJob> jobs = FXCollections.observableArrayList();
    private final ObjectProperty<TechnicianJob> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanBinding canClockOn;
    private final BooleanBinding canClockOff;

    public JobClockViewModel(DispatchContext context) {
        this.context = context;
        this.messages = context.repair().messages();
        canClockOn = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().clockedOn()
                && selected.get().status() != LineStatus.DONE, selected);
        canClockOff = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().clockedOn(), selected);
    }

    public ObservableList<TechnicianJob> jobs() {
        return jobs;
    }

    public ObjectProperty<TechnicianJob> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canClockOnProperty() {
        return canClockOn;
    }

    public BooleanBinding canClockOffProperty() {
        return canClockOff;
    }

    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().lineId();
        context.repair().background().run(() -> context.jobClock().myJobs(), found -> {
            jobs.setAll(found);
            selected.set(found.stream().filter(j -> keep != null && j.lineId() == keep).findFirst()
                    .orElse(found.stream().filter(TechnicianJob::clockedOn).findFirst()
                            .orElse(found.isEmpty() ? null : found.get(0))));
        }, this::fail);
    }

    public void clockOn() {
        TechnicianJob job = selected.get();
        if (job != null) {
            run(() -> {
                context.jobClock().clockOn(job.lineId());
                return messages.get("myJobs.clockedOn", job.description());
            });
        }
    }

    public void clockOff(JobClockReason reason) {
        TechnicianJob job = selected.get();
        if (job != null) {
            run(() -> {
                context.jobClock().clockOff(job.lineId(), reason);
                return messages.get("myJobs.clockedOff", job.description()) + " " + messages.of(reason);
            });
        }
    }

    private void run(Supplier<String> work) {
        message.set("");
        context.repair().background().run(work::get, done -> {
            message.set(done);
            refresh();
        }, this::fail);
    }

    /** The car of a job: plate, model, order number. */
    public String car(TechnicianJob job) {
        return job.plate() + "  " + job.model() + "  · " + job.orderNumber();
    }

    /** The work, marked while the technician is on the clock. */
    public String work(TechnicianJob job) {
        return job.description() + (job.clockedOn() ? "  · " + messages.get("myJobs.on") : "");
    }

    public String hours(TechnicianJob job) {
        return messages.get("myJobs.hours", job.standardHours() == null ? "—" : formats().quantity(job.standardHours()),
                formats().quantity(job.myHours()));
    }

    private Formats formats() {
        return Formats.of(messages.locale());
    }

    public String emptyText() {
        return messages.get("myJobs.empty");
    }

    private void fail(Throwable error) {
        context.repair().refusals().show(error, message);
    }
}
