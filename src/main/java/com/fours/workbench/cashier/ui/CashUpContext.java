package com.fours.workbench.cashier.ui;

import java.time.Clock;

import javafx.stage.Window;

import com.fours.workbench.cashier.CashUpPrint;
import com.fours.workbench.cashier.CashUpService;
import com.fours.workbench.cashier.HealthRecordService;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/**
 * What the cash-up and health-record panes of the Cashier tab need: their services (reached only
 * through the view models) and the workbench around them.
 */
public record CashUpContext(CashUpService cashUp, CashUpPrint cashUpPrint, HealthRecordService healthRecords,
                            ReportEngine reports, Session session, Clock clock, Messages messages, Background background,
                            ErrorReporter errors, Window window) {

    /** Only to show or hide a pane or a button; the services check the permission again. */
    public boolean may(Permission permission) {
        return session.may(permission);
    }

    /** How the screens of this tab show a step that failed. */
    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
