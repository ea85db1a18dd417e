package com.fours.workbench.care.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.care.Complaint;
import com.fours.workbench.care.ComplaintFilter;
import com.fours.workbench.care.ComplaintOwner;
import com.fours.workbench.care.ComplaintRow;
import com.fours.workbench.care.ComplaintStep;
import com.fours.workbench.care.ComplaintStatus;
import com.fours.workbench.care.CorrectiveAction;
import com.fours.workbench.cashier.CouponKind;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.ui.FieldErrors;

/**
 * The complaint lists (open, overdue, mine, closed) and the chosen complaint's record with its
 * steps: each step is one command on the service; the record reloads after it.
 */
public final class ComplaintsViewModel {

    private final ComplaintsContext context;
    private final ObjectProperty<ComplaintFilter> filter = new SimpleObjectProperty<>(this, "filter", ComplaintFilter.OPEN);
    private final ObservableList<ComplaintRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Complaint> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty selectedOverdue = new SimpleBooleanProperty(this, "selectedOverdue");
    private final ObservableList<ComplaintStep> steps = FXCollections.observableArrayList();
    private final ObservableList<CorrectiveAction> actions = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty investigation = new SimpleStringProperty(this, "investigation", "");
    private final StringProperty cause = new SimpleStringProperty(this, "cause", "");
    private final StringProperty responsible = new SimpleStringProperty(this, "responsible", "");
    private final StringProperty solution = new SimpleStringProperty(this, "solution", "");
    private final ObjectProperty<CouponKind> goodwillKind = new SimpleObjectProperty<>(this, "goodwillKind", CouponKind.VALUE);
    private final StringProperty goodwillAmount = new SimpleStringProperty(this, "goodwillAmount", "");
    private final StringProperty goodwillUntil = new SimpleStringProperty(this, "goodwillUntil", "");
    private final StringProperty goodwillDescription = new SimpleStringProperty(this, "goodwillDescription", "");
    private final StringProperty actionWhat = new SimpleStringProperty(this, "actionWhat", "");
    private final StringProperty actionWho = new SimpleStringProperty(this, "actionWho", "");
    private final StringProperty actionDue = new SimpleStringProperty(this, "actionDue", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObservableList<ComplaintOwner> owners = FXCollections.observableArrayList();
    private final ObjectProperty<ComplaintOwner> newOwner = new SimpleObjectProperty<>(this, "newOwner");
    private final FieldErrors errors = new FieldErrors();

    public ComplaintsViewModel(ComplaintsContext context) {
        this.context = context;
        filter.addListener((o, was, now) -> refresh());
    }

    public ObjectProperty<ComplaintFilter> filterProperty() { return filter; }
    public ObservableList<ComplaintRow> rows() { return rows; }
    public ObjectProperty<Complaint> selectedProperty() { return selected; }
    public BooleanProperty selectedOverdueProperty() { return selectedOverdue; }
    public ObservableList<ComplaintStep> steps() { return steps; }
    public ObservableList<CorrectiveAction> actions() { return actions; }
    public StringProperty noteProperty() { return note; }
    public StringProperty investigationProperty() { return investigation; }
    public StringProperty causeProperty() { return cause; }
    public StringProperty responsibleProperty() { return responsible; }
    public StringProperty solutionProperty() { return solution; }
    public ObjectProperty<CouponKind> goodwillKindProperty() { return goodwillKind; }
    public StringProperty goodwillAmountProperty() { return goodwillAmount; }
    public StringProperty goodwillUntilProperty() { return goodwillUntil; }
    public StringProperty goodwillDescriptionProperty() { return goodwillDescription; }
    public StringProperty actionWhatProperty() { return actionWhat; }
    public StringProperty actionWhoProperty() { return actionWho; }
    public StringProperty actionDueProperty() { return actionDue; }
    public StringProperty messageProperty() { return message; }
    public FieldErrors errors() { return errors; }
    public ObservableList<ComplaintOwner> owners() { return owners; }
    public ObjectProperty<ComplaintOwner> newOwnerProperty() { return newOwner; }

    public boolean closed() {
        return selected.get() != null && selected.get().status() == ComplaintStatus.CLOSED;
    }

    /** Who may own a complaint, for the manager's change of owner. */
    public void loadOwners() {
        context.background().run(() -> context.complaints().owners(), owners::setAll,
                error -> context.refusals().show(error, message));
    }

    /** The manager hands the chosen complaint to another owner. */
    public void changeOwner() {
        ComplaintOwner to = newOwner.get();
        step(c -> context.complaints().changeOwner(c.id(), c.version(), to == null ? null : to.id()),
                "care.ui.done.ownerChanged");
    }

    public void refresh() {
        refresh(selected.get() == null ? null : selected.get().id());
    }

    /** The list again with this complaint chosen, when the list holds it: a link of the home page. */
    public void open(long complaintId) {
        refresh(complaintId);
    }

    private void refresh(Long keep) {
        ComplaintFilter chosen = filter.get();
        context.background().run(() -> context.complaints().list(chosen), found -> {
            rows.setAll(found);
            if (keep != null) {
                found.stream().filter(r -> r.complaint().id() == keep).findFirst().ifPresent(r -> show(r.complaint()));
            }
        }, error -> context.refusals().show(error, message));
    }

    public void select(ComplaintRow row) {
        if (row == null) {
            return;
        }
        show(row.complaint());
    }

    private void show(Complaint c) {
        selected.set(c);
        selectedOverdue.set(context.complaints().overdue(c));
        investigation.set(c.investigation() == null ? "" : c.investigation());
        cause.set(c.cause() == null ? "" : c.cause());
        responsible.set(c.responsible() == null ? "" : c.responsible());
        solution.set(c.solution() == null ? "" : c.solution());
        newOwner.set(owners.stream().filter(o -> o.id() == c.ownerId()).findFirst().orElse(null));
        context.background().run(() -> new Record(context.complaints().steps(c.id()), context.actions().of(c.id())),
                r -> {
                    steps.setAll(r.steps());
                    actions.setAll(r.actions());
                }, error -> context.refusals().show(error, message));
    }

    record Record(List<ComplaintStep> steps, List<CorrectiveAction> actions) {
    }

    /** Shows a complaint handed over from elsewhere (the call pane's "Open complaint ..."). */
    public void open(Complaint c) {
        errors.clear();
        message.set("");
        filter.set(c.closed() ? ComplaintFilter.CLOSED : ComplaintFilter.OPEN);
        show(c);
        refresh();
    }

    /** The complaint record (客户投诉处理单) of the chosen complaint, handed to {@code preview} when filled. */
    public void print(Consumer<RenderedReport> preview) {
        Complaint c = selected.get();
        if (c != null) {
            message.set("");
            context.background().run(() -> context.prints().complaint(c.id()), preview,
                    error -> context.refusals().show(error, message));
        }
    }

    public void acknowledge() {
        step(c -> context.complaints().acknowledge(c.id(), c.version(), note.get()), "care.ui.done.acknowledged");
    }

    public void investigate() {
        step(c -> context.complaints().investigate(c.id(), c.version(), investigation.get(), cause.get(),
                responsible.get()), "care.ui.done.saved");
    }

    public void agreeSolution() {
        step(c -> context.complaints().agreeSolution(c.id(), c.version(), solution.get()), "care.ui.done.saved");
    }

    public void giveGoodwill() {
        step(c -> context.complaints().giveGoodwill(c.id(), c.version(), goodwillKind.get(), goodwillAmount.get(),
                goodwillUntil.get(), goodwillDescription.get()), "care.ui.done.goodwill");
    }

    public void requestComeback() {
        step(c -> context.complaints().requestComeback(c.id(), c.version()), "care.ui.done.comeback");
    }

    public void confirm(boolean satisfied) {
        step(c -> context.complaints().confirm(c.id(), c.version(), satisfied, note.get()), "care.ui.done.confirmed");
    }

    public void close() {
        step(c -> context.complaints().close(c.id(), c.version()), "care.ui.done.closed");
    }

    public void reopen(String reason) {
        step(c -> context.complaints().reopen(c.id(), c.version(), reason), "care.ui.done.reopened");
    }

    public void addAction() {
        Complaint c = selected.get();
        if (c == null) {
            return;
        }
        run(() -> {
            context.actions().add(c.id(), actionWhat.get(), actionWho.get(), actionDue.get());
            return c;
        }, "care.ui.done.saved");
    }

    private interface Step {
        Complaint on(Complaint c);
    }

    private void step(Step work, String doneKey) {
        Complaint c = selected.get();
        if (c == null) {
            return;
        }
        run(() -> work.on(c), doneKey);
    }

    private void run(Callable<Complaint> work, String doneKey) {
        errors.clear();
        message.set("");
        context.background().run(work, after -> {
            note.set("");
            message.set(context.messages().get(doneKey, after.number()));
            show(after);
            refresh();
        }, error -> context.refusals().show(error, errors, message));
    }
}
