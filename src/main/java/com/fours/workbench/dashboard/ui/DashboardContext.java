package com.fours.workbench.dashboard.ui;

import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.dashboard.DashboardExport;
import com.fours.workbench.dashboard.DashboardPrints;
import com.fours.workbench.dashboard.DashboardService;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/** What the dashboard needs from the workbench. */
public record DashboardContext(DashboardService dashboard, DashboardExport export, DashboardPrints prints,
                               ReportEngine reports, Messages messages, Background background, ErrorReporter errors,
                               Window window) {

    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
