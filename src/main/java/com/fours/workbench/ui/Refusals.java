package com.fours.workbench.ui;

import javafx.beans.property.StringProperty;
import javafx.stage.Window;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.i18n.Messages;

/**
 * The one way a screen shows a step that failed: each refused field under its field, a refused rule
 * (or a refused field the form lacks) in the screen's message line, anything unexpected through
 * {@link ErrorReporter} (logged once, shown with a reference). View models hold one and call it from
 * their background calls' failure handlers; it touches no control.
 */
public final class Refusals {

    private final Messages messages;
    private final ErrorReporter errors;
    private final Window owner;

    /** {@code owner}: the window the error dialog of an unexpected failure belongs to (may be null). */
    public Refusals(Messages messages, ErrorReporter errors, Window owner) {
        this.messages = messages;
        this.errors = errors;
        this.owner = owner;
    }

    /**
     * Shows {@code error}: refused fields under {@code fields} (null when the screen has no fields),
     * any other refusal in {@code message}, anything unexpected as the error dialog. True when every
     * refused field was shown under its field and {@code message} was left alone, so a form may add
     * a summary of its own.
     */
    public boolean show(Throwable error, FieldErrors fields, StringProperty message) {
        if (error instanceof BusinessRuleException) {
            String text = text(error, fields);
            if (!text.isEmpty()) {
                message.set(text);
            }
            return text.isEmpty();
        }
        errors.report(owner, error);
        return false;
    }

    /** As {@link #show(Throwable, FieldErrors, StringProperty)} for a screen without fields. */
    public void show(Throwable error, StringProperty message) {
        show(error, null, message);
    }

    /**
     * As {@link #show(Throwable, FieldErrors, StringProperty)}, for a form that says everything in its
     * own message line (a dialog, the set-up window): anything unexpected is written there with its
     * reference instead of a dialog.
     */
    public boolean showInLine(Throwable error, FieldErrors fields, StringProperty message) {
        String text = text(error, fields);
        if (!text.isEmpty()) {
            message.set(text);
        }
        return text.isEmpty();
    }

    /**
     * For a form that says everything in its own message line (a dialog, the set-up window): shows
     * the refused fields under their fields and returns what the message line says: nothing when
     * every refused field is under its field, else the refusal's reason, or for anything unexpected
     * its reference (logged once).
     */
    public String text(Throwable error, FieldErrors fields) {
        if (error instanceof InvalidFieldsException refused) {
            if (fields != null && fields.show(refused, messages)) {
                return "";
            }
            return messages.of(refused.byField().values().iterator().next());
        }
        if (error instanceof BusinessRuleException refused) {
            return messages.of(refused);
        }
        return errors.describe(error);
    }
}
