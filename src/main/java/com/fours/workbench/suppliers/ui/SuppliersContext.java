package com.fours.workbench.suppliers.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.suppliers.PurchaseAgreements;
import com.fours.workbench.suppliers.SupplierEvaluation;
import com.fours.workbench.suppliers.SupplierScorecardPrint;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/**
 * What the warehouse's Suppliers section needs: agreements, the evaluation and its print (reached
 * only through the view models), the suppliers and parts it names (handed in by app/, which owns
 * purchasing), and the workbench around them.
 */
public record SuppliersContext(PurchaseAgreements agreements, SupplierEvaluation evaluation,
                               SupplierScorecardPrint scorecards, Catalogue catalogue, ReportEngine reports,
                               Session session, Clock clock, Messages messages, Background background,
                               ErrorReporter errors, Window window) {

    /** The suppliers and parts an agreement names, looked up by app/ in the warehouse. */
    public interface Catalogue {
        List<Choice> suppliers();

        /** A part by its number or bar code. */
        Optional<Choice> part(String code);
    }

    /** A supplier or part as chosen on screen: its id, code and name. */
    public record Choice(long id, String code, String name) {
    }

    /** Only to show or hide a control; the services check the permission again. */
    public boolean may(Permission permission) {
        return session.may(permission);
    }

    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
