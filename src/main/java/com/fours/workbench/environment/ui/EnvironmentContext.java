package com.fours.workbench.environment.ui;

import java.time.Clock;
import java.util.List;

import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.environment.WasteCatalogue;
import com.fours.workbench.environment.WasteLedgerService;
import com.fours.workbench.environment.WastePrints;
import com.fours.workbench.environment.WasteReports;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;
import com.fours.workbench.ui.Section;

/**
 * What the Environment and safety tab needs: the waste ledger's services (reached only through the
 * view models), the workbench around it, and the sections other features hand in (safety training,
 * later 5S inspections, incidents and drills).
 */
public record EnvironmentContext(WasteCatalogue catalogue, WasteLedgerService ledger, WasteReports reports,
                                 WastePrints prints, ReportEngine reportEngine, Session session, Clock clock,
                                 Messages messages, Background background, ErrorReporter errors, Window window,
                                 List<Section> moreSections) {

    /** Only to show or hide a control; the services check the permission again. */
    public boolean may(Permission permission) {
        return session.may(permission);
    }

    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
