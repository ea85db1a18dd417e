package com.fours.workbench.inspection.ui;

import java.time.Clock;

import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.inspection.FiveSChecklists;
import com.fours.workbench.inspection.FiveSInspections;
import com.fours.workbench.inspection.FiveSPrints;
import com.fours.workbench.inspection.FiveSScores;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/** What the 5S section of the Environment and safety tab needs: its services (through the view model only) and the workbench. */
public record FiveSContext(FiveSChecklists checklists, FiveSInspections inspections, FiveSPrints prints,
                           FiveSScores scores,
                           ReportEngine reportEngine, Session session, Clock clock, Messages messages,
                           Background background, ErrorReporter errors, Window window) {

    public boolean may(Permission permission) {
        return session.may(permission);
    }

    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
