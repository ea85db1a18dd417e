package com.fours.workbench.cashier.ui;

import javafx.stage.Window;

import com.fours.workbench.cashier.CashierPrints;
import com.fours.workbench.cashier.CashierService;
import com.fours.workbench.cashier.DeliveryService;
import com.fours.workbench.cashier.DiscountPolicyService;
import com.fours.workbench.cashier.PaymentService;
import com.fours.workbench.core.ChangeNotices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.ArchiveSearch;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.AuthenticationService;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/**
 * What the cashier's screen needs: its services (reached only through the view model) and the
 * workbench around it. {@code archive} finds the customer a manager lets pay on account.
 */
public record CashierContext(CashierService cashier, PaymentService payments, DeliveryService deliveries,
                             DiscountPolicyService policy, CashierPrints prints, AuthenticationService authentication, ReportEngine reports,
                             ArchiveSearch archive, Session session, Messages messages, Background background,
                             ErrorReporter errors, Window window, ChangeNotices changes) {

    /** Only to show or hide a control; the services check the permission again. */
    public boolean may(Permission permission) {
        return session.may(permission);
    }

    /** How the screens of this tab show a step that failed. */
    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
