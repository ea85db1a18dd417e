package com.fours.workbench.receivables.ui;

import java.time.Clock;

import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.receivables.ReceiptService;
import com.fours.workbench.receivables.ReceivablesFigures;
import com.fours.workbench.receivables.StatementPrint;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/** What the receivables pane needs: its services (reached only through the view model) and the workbench around it. */
public record ReceivablesContext(ReceiptService receipts, ReceivablesFigures figures, StatementPrint statementPrint,
                                 ReportEngine reports, Session session, Clock clock, Messages messages,
                                 Background background, ErrorReporter errors, Window window) {

    /** Only to show or hide a pane; the services check the permission again. */
    public boolean may(Permission permission) {
        return session.may(permission);
    }

    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
