package com.fours.workbench.safety.ui;

import java.time.Clock;

import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.safety.SafetyService;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/** What the safety sections of the Environment and safety tab need (reached only through the view models). */
public record SafetyContext(SafetyService safety, Session session, Clock clock, Messages messages,
                            Background background, ErrorReporter errors, Window window) {

    /** Only to show or hide a control; the service checks the permission again. */
    public boolean may(Permission permission) {
        return session.may(permission);
    }

    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
