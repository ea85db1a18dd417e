package com.fours.workbench.payables.ui;

import java.time.Clock;

import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.payables.PayablesFigures;
import com.fours.workbench.payables.SupplierInvoiceService;
import com.fours.workbench.payables.SupplierPaymentService;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/** What the payables pane needs: its services (reached only through the view model) and the workbench around it. */
public record PayablesContext(SupplierInvoiceService invoices, SupplierPaymentService payments, PayablesFigures figures,
                              Session session, Clock clock, Messages messages, Background background,
                              ErrorReporter errors, Window window) {

    /** Only to show or hide a part of the pane; the services check the permission again. */
    public boolean may(Permission permission) {
        return session.may(permission);
    }

    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
