package com.fours.workbench.qc.ui;

import javafx.beans.property.StringProperty;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.ui.FieldErrors;

/** How the QC screens show a failed call: next to its fields, as the form's message, or as an error dialog. */
final class Refusals {

    private Refusals() {
    }

    static void show(QcContext context, Throwable error, FieldErrors fields, StringProperty message) {
        if (error instanceof InvalidFieldsException invalid && fields != null) {
            if (!fields.show(invalid, context.messages())) {
                message.set(context.messages().of(invalid));
            }
        } else if (error instanceof BusinessRuleException refused) {
            message.set(context.messages().of(refused));
        } else {
            context.errors().report(context.window(), error);
        }
    }
}
