package com.fours.workbench.parts.ui;

import java.time.Clock;

import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.PartsService;
import com.fours.workbench.parts.StocktakeService;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.store.StoreProfileService;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;

/** What the stocktake pane needs: its services (reached only through the view model) and the workbench around it. */
public record StocktakeContext(StocktakeService stocktakes, PartsService parts, ReportEngine reports,
                               StoreProfileService storeProfiles, Session session, Clock clock, Messages messages,
                               Background background, ErrorReporter errors, Window window) {

    /** Only to show or hide a button; the services check the permission again. */
    public boolean may(Permission permission) {
        return session.may(permission);
    }
}
