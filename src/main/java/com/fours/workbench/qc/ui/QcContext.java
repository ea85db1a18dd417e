package com.fours.workbench.qc.ui;

import java.time.Clock;

import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.qc.Comebacks;
import com.fours.workbench.qc.QcPrints;
import com.fours.workbench.qc.CompletionCertificates;
import com.fours.workbench.qc.FixRateFigures;
import com.fours.workbench.qc.GuaranteePeriods;
import com.fours.workbench.qc.MaintenanceIntervals;
import com.fours.workbench.qc.QcChecklists;
import com.fours.workbench.qc.QcSheets;
import com.fours.workbench.qc.QcSignOff;
import com.fours.workbench.qc.RoadTests;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/** What the Quality Control tab's screens need: the services, the language, the executor, the window. */
public record QcContext(QcSheets sheets, QcSignOff signOff, CompletionCertificates certificates,
                        GuaranteePeriods periods, FixRateFigures figures, QcChecklists checklists, Comebacks comebacks,
                        RoadTests roadTests, MaintenanceIntervals intervals, QcPrints prints, ReportEngine reports, Session session, Clock clock,
                        Messages messages, Background background, ErrorReporter errors, Window window) {

    /** How the screens of this tab show a step that failed. */
    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
