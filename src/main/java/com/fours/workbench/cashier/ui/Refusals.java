package com.fours.workbench.cashier.ui;

import javafx.beans.property.StringProperty;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.ui.FieldErrors;

/**
 * How the cashier's screens show a step that failed: refused fields under their fields (or in the
 * message line when the form lacks the field), a refused rule in the message line, anything else
 * reported once with a reference.
 */
final class Refusals {

    private Refusals() {
    }

    static void show(CashierContext context, FieldErrors errors, StringProperty message, Throwable error) {
        if (error instanceof InvalidFieldsException refused) {
            if (!errors.show(refused, context.messages())) {
                message.set(context.messages().of(refused.byField().values().iterator().next()));
            }
        } else if (error instanceof BusinessRuleException refused) {
            message.set(context.messages().of(refused));
        } else {
            context.errors().report(context.window(), error);
        }
    }
}
