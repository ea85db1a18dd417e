package com.fours.workbench.care.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fours.workbench.care.CorrectiveAction;
import com.fours.workbench.care.CorrectiveActionFilter;
import com.fours.workbench.ui.FieldErrors;

/**
 * The manager's list of corrective actions (open, overdue, done) and marking the chosen one done:
 * who did it, on which day, what was done.
 */
public final class CorrectiveActionsViewModel {

    private final ComplaintsContext context;
    private final ObjectProperty<CorrectiveActionFilter> filter = new SimpleObjectProperty<>(this, "filter",
            CorrectiveActionFilter.OPEN);
    private final ObservableList<CorrectiveAction> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CorrectiveAction> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty doneWho = new SimpleStringProperty(this, "doneWho", "");
    private final StringProperty doneOn = new SimpleStringProperty(this, "doneOn", "");
    private final StringProperty doneNote = new SimpleStringProperty(this, "doneNote", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FieldErrors errors = new FieldErrors();

    public CorrectiveActionsViewModel(ComplaintsContext context) {
        this.context = context;
        filter.addListener((o, was, now) -> refresh());
        selected.addListener((o, was, now) -> {
            errors.clear();
            doneWho.set(now == null ? "" : now.who());
            doneOn.set(now == null ? "" : context.actions().today().toString());
            doneNote.set("");
        });
    }

    public ObjectProperty<CorrectiveActionFilter> filterProperty() { return filter; }
    public ObservableList<CorrectiveAction> rows() { return rows; }
    public ObjectProperty<CorrectiveAction> selectedProperty() { return selected; }
    public StringProperty doneWhoProperty() { return doneWho; }
    public StringProperty doneOnProperty() { return doneOn; }
    public StringProperty doneNoteProperty() { return doneNote; }
    public StringProperty messageProperty() { return message; }
    public FieldErrors errors() { return errors; }

    public boolean overdue(CorrectiveAction action) {
        return context.actions().overdue(action);
    }

    public void refresh() {
        CorrectiveActionFilter chosen = filter.get();
        context.background().run(() -> context.actions().list(chosen), found -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            rows.setAll(found);
            selected.set(found.stream().filter(a -> keep != null && a.id() == keep).findFirst().orElse(null));
        }, error -> context.refusals().show(error, message));
    }

    public void markDone() {
        CorrectiveAction action = selected.get();
        if (action == null) {
            message.set(context.messages().get("care.ui.actions.choose"));
            return;
        }
        errors.clear();
        message.set("");
        String who = doneWho.get();
        String on = doneOn.get();
        String note = doneNote.get();
        context.background().run(() -> context.actions().markDone(action.id(), action.version(), who, on, note),
                done -> {
                    message.set(context.messages().get("care.ui.actions.done", done.complaintNumber(), done.what()));
                    selected.set(null);
                    refresh();
                }, error -> context.refusals().show(error, errors, message));
    }
}
