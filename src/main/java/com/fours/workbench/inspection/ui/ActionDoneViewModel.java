package com.fours.workbench.inspection.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fours.workbench.ui.FieldErrors;

/**
 * One corrective action marked done by its owner, from the home page, with what was done; the
 * inspector verifies it at the area's next inspection. Never touches a control.
 */
public final class ActionDoneViewModel {

    private final FiveSContext context;
    private final long actionId;
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors();

    public ActionDoneViewModel(FiveSContext context, long actionId) {
        this.context = context;
        this.actionId = actionId;
    }

    public StringProperty noteProperty() { return note; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public FieldErrors errors() { return errors; }

    /** Marks the action done; {@code onDone} once saved. */
    public void markDone(Runnable onDone) {
        if (busy.get()) {
            return;
        }
        errors.clear();
        message.set("");
        busy.set(true);
        String typed = note.get();
        context.background().run(() -> context.inspections().markDone(actionId, typed), done -> {
            busy.set(false);
            onDone.run();
        }, error -> {
            busy.set(false);
            context.refusals().showInLine(error, errors, message);
        });
    }

}
