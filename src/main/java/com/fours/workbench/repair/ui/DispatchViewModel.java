package com.fours.workbench.repair.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.DispatchJob;
import com.fours.workbench.repair.DispatchTarget;
import com.fours.workbench.repair.JobAssignment;
import com.fours.workbench.repair.LineTime;

/** Dispatch: the jobs to give out, who can take them, the chosen job's history. */
public final class DispatchViewModel {

    private final DispatchContext context;
    private final Messages messages;
    private final ObservableList<DispatchJob> jobs = FXCollections.observableArrayList();
    private final ObservableList<DispatchTarget> targets = FXCollections.observableArrayList();
    private final ObjectProperty<DispatchJob> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<DispatchTarget> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty history = new SimpleStringProperty(this, "history", "");
    private final StringProperty worked = new SimpleStringProperty(this, "worked", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public DispatchViewModel(DispatchContext context) {
        this.context = context;
        this.messages = context.repair().messages();
        selected.addListener((obs, old, now) -> loadHistory(now));
    }

    public ObservableList<DispatchJob> jobs() {
        return jobs;
    }

    public ObservableList<DispatchTarget> targets() {
        return targets;
    }

    public ObjectProperty<DispatchJob> selectedProperty() {
        return selected;
    }

    public ObjectProperty<DispatchTarget> targetProperty() {
        return target;
    }

    public StringProperty historyProperty() {
        return history;
    }

    /** Actual against standard hours of the chosen job, and who worked how long on it. */
    public StringProperty workedProperty() {
        return worked;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void refresh() {
        context.repair().background().run(() -> new Loaded(context.dispatch().jobs(), context.dispatch().targets()),
                loaded -> {
                    Long keep = selected.get() == null ? null : selected.get().lineId();
                    jobs.setAll(loaded.jobs());
                    targets.setAll(loaded.targets());
                    selected.set(loaded.jobs().stream().filter(j -> keep != null && j.lineId() == keep).findFirst()
                            .orElse(null));
                }, this::fail);
    }

    private record Loaded(List<DispatchJob> jobs, List<DispatchTarget> targets) {
    }

    public void assign() {
        DispatchJob job = selected.get();
        DispatchTarget to = target.get();
        if (job == null || to == null) {
            return;
        }
        message.set("");
        context.repair().background().run(() -> context.dispatch().assign(job.lineId(), to), made -> {
            message.set(messages.get("dispatchPane.assigned", job.description(), made.assignee()));
            refresh();
        }, this::fail);
    }

    private void loadHistory(DispatchJob job) {
        if (job == null) {
            history.set("");
            worked.set("");
            return;
        }
        context.repair().background().run(() -> new JobFacts(context.dispatch().history(job.lineId()),
                context.jobClock().times(job.orderId()).stream().filter(t -> t.lineId() == job.lineId()).findFirst()
                        .orElse(null)), facts -> {
            if (job.equals(selected.get())) {
                history.set(facts.history().isEmpty() ? "" : messages.get("dispatchPane.history", describe(facts.history())));
                worked.set(describe(facts.time()));
            }
        }, this::fail);
    }

    private record JobFacts(List<JobAssignment> history, LineTime time) {
    }

    private String describe(LineTime time) {
        if (time == null || time.technicians().isEmpty()) {
            return messages.get("dispatchPane.notWorked");
        }
        String who = time.technicians().stream().map(t -> t.displayName() + " " + formats().quantity(t.hours()) + " h")
                .collect(Collectors.joining(", "));
        if (time.standardHours() == null) {
            return messages.get("dispatchPane.worked", formats().quantity(time.actualHours()), who);
        }
        BigDecimal variance = time.variance();
        return messages.get("dispatchPane.workedAgainstStandard", formats().quantity(time.actualHours()),
                formats().quantity(time.standardHours()),
                (variance.signum() > 0 ? "+" : "") + formats().quantity(variance), who);
    }

    private String describe(List<JobAssignment> rows) {
        ZoneId zone = context.repair().clock().getZone();
        return rows.stream().map(a -> formats().dayTime(a.assignedAt(), zone) + " " + a.assignee()
                + " (" + a.assignedBy() + ")").collect(Collectors.joining(" → "));
    }

    public String assignee(DispatchJob job) {
        return job.assignee() == null ? messages.get("dispatchPane.nobody") : job.assignee();
    }

    public String promised(DispatchJob job) {
        return job.promisedAt() == null ? ""
                : formats().dayTime(job.promisedAt(), context.repair().clock().getZone());
    }

    private Formats formats() {
        return Formats.of(messages.locale());
    }

    private void fail(Throwable error) {
        context.repair().refusals().show(error, message);
    }
}
