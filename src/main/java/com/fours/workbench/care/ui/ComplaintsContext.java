package com.fours.workbench.care.ui;

import java.time.ZoneId;
import java.util.function.Supplier;

import javafx.stage.Window;

import com.fours.workbench.care.CarePrints;
import com.fours.workbench.care.ComplaintService;
import com.fours.workbench.care.ContactHistory;
import com.fours.workbench.care.CorrectiveActions;
import com.fours.workbench.care.DueReminders;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.SearchHit;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.LiveSearch;
import com.fours.workbench.ui.Refusals;

/**
 * What the complaints half of the Customer care tab needs: its services, the language, the executor,
 * the window, and the archive's search (made in app/) for a complaint recorded at the counter.
 */
public record ComplaintsContext(ComplaintService complaints, CorrectiveActions actions, DueReminders reminders,
                                ContactHistory history, Session session, ZoneId zone, Messages messages,
                                Background background, ErrorReporter errors, Window window,
                                Supplier<LiveSearch<SearchHit>> archive, CarePrints prints,
                                ReportEngine reports) {

    /** Only to show or enable a control; the services check the role again. */
    public boolean manager() {
        return session.user().map(u -> u.roles().contains(com.fours.workbench.security.Role.SERVICE_MANAGER))
                .orElse(false);
    }

    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
