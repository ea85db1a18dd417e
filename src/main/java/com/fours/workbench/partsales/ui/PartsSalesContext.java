package com.fours.workbench.partsales.ui;

import javafx.stage.Window;

import com.fours.workbench.cashier.PaymentService;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.PartsService;
import com.fours.workbench.partsales.PartsSalePrints;
import com.fours.workbench.partsales.PartsSaleService;
import com.fours.workbench.partsales.PriceList;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.AuthenticationService;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/** What the parts sales' sections need: their services (reached only through the view model) and the workbench around them. */
public record PartsSalesContext(PartsSaleService sales, PartsSalePrints prints, PriceList priceList, PaymentService payments,
                                PartsService parts, AuthenticationService authentication, ReportEngine reports,
                                Session session, Messages messages, Background background, ErrorReporter errors,
                                Window window) {

    /** Only to show or hide a section; the services check the permission again. */
    public boolean may(Permission permission) {
        return session.may(permission);
    }

    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
