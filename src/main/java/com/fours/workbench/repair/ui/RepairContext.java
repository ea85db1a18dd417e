package com.fours.workbench.repair.ui;

import java.time.Clock;

import javafx.stage.Window;

import com.fours.workbench.core.ChangeNotices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.FindingsService;
import com.fours.workbench.repair.LabourCatalog;
import com.fours.workbench.repair.ProgressContacts;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairPrints;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/**
 * What the repair-order screens need: their services (reached only through view models) and the
 * workbench around them. {@code findings} and {@code progress} are null where a screen is built
 * without them (a view model's test): the order then offers neither.
 */
public record RepairContext(RepairOrderService orders, LabourCatalog catalog, RepairPrints prints, ReportEngine reports,
                            Session session, Clock clock, Messages messages, Background background, ErrorReporter errors,
                            Window window, ChangeNotices changes, FindingsService findings, ProgressContacts progress) {

    public RepairContext(RepairOrderService orders, LabourCatalog catalog, RepairPrints prints, ReportEngine reports,
                         Session session, Clock clock, Messages messages, Background background, ErrorReporter errors,
                         Window window, ChangeNotices changes) {
        this(orders, catalog, prints, reports, session, clock, messages, background, errors, window, changes, null, null);
    }

    /** Only to show or hide a button; the services check the permission again. */
    public boolean may(Permission permission) {
        return session.may(permission);
    }

    /** How the screens of this tab show a step that failed. */
    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
