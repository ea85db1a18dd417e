package com.fours.workbench.care.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fours.workbench.care.ComplaintDeadlines;
import com.fours.workbench.ui.FieldErrors;

/** The store's complaint deadlines in hours (acknowledge, propose a solution, resolve); the manager changes them. */
public final class ComplaintDeadlinesViewModel {

    private final ComplaintsContext context;
    private final StringProperty acknowledge = new SimpleStringProperty(this, "acknowledge", "");
    private final StringProperty solution = new SimpleStringProperty(this, "solution", "");
    private final StringProperty resolve = new SimpleStringProperty(this, "resolve", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FieldErrors errors = new FieldErrors();
    private int version = -1;

    public ComplaintDeadlinesViewModel(ComplaintsContext context) {
        this.context = context;
    }

    public StringProperty acknowledgeProperty() { return acknowledge; }
    public StringProperty solutionProperty() { return solution; }
    public StringProperty resolveProperty() { return resolve; }
    public StringProperty messageProperty() { return message; }
    public FieldErrors errors() { return errors; }

    public boolean mayChange() {
        return context.manager();
    }

    public void refresh() {
        context.background().run(() -> context.complaints().deadlines(), this::show,
                error -> context.refusals().show(error, errors, message));
    }

    private void show(ComplaintDeadlines d) {
        version = d.version();
        acknowledge.set(hours(d.acknowledgeMinutes()));
        solution.set(hours(d.solutionMinutes()));
        resolve.set(hours(d.resolveMinutes()));
    }

    private static String hours(int minutes) {
        return String.valueOf(minutes / 60);
    }

    public void save() {
        errors.clear();
        message.set("");
        String ack = acknowledge.get();
        String sol = solution.get();
        String res = resolve.get();
        int expected = version;
        context.background().run(() -> context.complaints().saveDeadlines(ack, sol, res, expected), saved -> {
            show(saved);
            message.set(context.messages().get("care.ui.deadlines.saved", hours(saved.acknowledgeMinutes()),
                    hours(saved.solutionMinutes()), hours(saved.resolveMinutes())));
        }, error -> context.refusals().show(error, errors, message));
    }
}
