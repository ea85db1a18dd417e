package com.fours.workbench.parts.ui;

import java.time.Clock;

import javafx.stage.Window;

import com.fours.workbench.core.ChangeNotices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.CatalogImport;
import com.fours.workbench.parts.FiguresService;
import com.fours.workbench.parts.PartsPrints;
import com.fours.workbench.parts.PartsService;
import com.fours.workbench.parts.PurchasingService;
import com.fours.workbench.parts.ReservationService;
import com.fours.workbench.parts.StockService;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/** What the warehouse screens need: its services (reached only through the view models) and the workbench around them. */
public record PartsContext(PartsService parts, StockService stock, PurchasingService purchasing,
                           ReservationService reservations, FiguresService figures, PartsPrints prints,
                           CatalogImport catalogImport,
                           ReportEngine reports, Session session, Clock clock, Messages messages,
                           Background background, ErrorReporter errors, Window window, ChangeNotices changes,
                           CounterSale counterSale) {

    /**
     * The counter sale (柜台销售), handed in by app/: a quick priced parts sale to a walk-in, written,
     * picked and billed in one go (decision 0103); the money is taken at the cashier's desk.
     */
    public interface CounterSale {
        /** Sells {@code quantity} of the part to the walk-in named (empty: 散客); returns the bill's number. */
        String sell(long partId, java.math.BigDecimal quantity, String customer);
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
