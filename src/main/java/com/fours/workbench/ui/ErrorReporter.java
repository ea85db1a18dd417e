package com.fours.workbench.ui;

import java.util.UUID;

import javafx.scene.control.Alert;
import javafx.stage.Window;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;

/**
 * The one way the workbench tells a user that something went wrong. A refused business rule shows
 * its translated reason; anything unexpected is logged once with a short reference the user can
 * quote, and the dialog shows that reference, never a stack trace.
 */
public final class ErrorReporter {

    private static final Logger log = LoggerFactory.getLogger(ErrorReporter.class);

    private final Messages messages;

    public ErrorReporter(Messages messages) {
        this.messages = messages;
    }

    public void report(Window owner, Throwable error) {
        Throwable cause = unwrap(error);
        Alert alert;
        if (cause instanceof BusinessRuleException refusal) {
            log.info("Refused: {}", refusal.getMessage());
            alert = new Alert(Alert.AlertType.WARNING, messages.of(refusal));
            alert.setHeaderText(messages.get("error.refused.title"));
        } else {
            String reference = newReference();
            log.error("Unexpected error, reference {}", reference, cause);
            alert = new Alert(Alert.AlertType.ERROR, messages.get("error.unexpected.text", reference));
            alert.setHeaderText(messages.get("error.unexpected.title"));
        }
        alert.setTitle(messages.get("app.title"));
        alert.getDialogPane().setId("errorDialog");
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    /** The text a form shows for a refusal of its own, or a reference for anything unexpected. */
    public String describe(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof BusinessRuleException refusal) {
            return messages.of(refusal);
        }
        String reference = newReference();
        log.error("Unexpected error, reference {}", reference, cause);
        return messages.get("error.unexpected.text", reference);
    }

    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.util.concurrent.ExecutionException
                || cause instanceof java.lang.reflect.InvocationTargetException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
