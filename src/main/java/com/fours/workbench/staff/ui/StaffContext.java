package com.fours.workbench.staff.ui;

import java.time.ZoneId;

import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.staff.AppraisalService;
import com.fours.workbench.staff.StaffPrints;
import com.fours.workbench.staff.TrainingService;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/** What the staff tab needs from the workbench; {@code manager} when the user may manage staff. */
public record StaffContext(TrainingService trainings, AppraisalService appraisals, StaffPrints prints, ReportEngine reports,
                           Messages messages, Background background, ErrorReporter errors, Window window, ZoneId zone,
                           boolean manager) {

    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
