package com.fours.workbench.customers.ui;

import java.time.Clock;
import java.util.List;
import java.util.function.LongConsumer;

import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.ArchiveExport;
import com.fours.workbench.customers.ArchiveImport;
import com.fours.workbench.customers.ArchiveSearch;
import com.fours.workbench.customers.CustomerService;
import com.fours.workbench.customers.VehicleService;
import com.fours.workbench.security.AuthenticationService;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/**
 * What the customer and vehicle screens need: the archive's services (reached only through the
 * view models), the approval of a manager at the counter, and the workbench around them.
 * {@code receiveVehicle} starts a reception of a car from its card (null where there is none).
 */
public record CustomersContext(CustomerService customers, VehicleService vehicles, ArchiveSearch search,
                               ArchiveImport archiveImport, ArchiveExport archiveExport,
                               AuthenticationService authentication, Session session, Clock clock,
                               Messages messages, Background background, ErrorReporter errors, Window window,
                               LongConsumer receiveVehicle, List<CardPanel> cardPanels) {

    /** Without panels of other features on the cards. */
    public CustomersContext(CustomerService customers, VehicleService vehicles, ArchiveSearch search,
                            ArchiveImport archiveImport, ArchiveExport archiveExport,
                            AuthenticationService authentication, Session session, Clock clock,
                            Messages messages, Background background, ErrorReporter errors, Window window,
                            LongConsumer receiveVehicle) {
        this(customers, vehicles, search, archiveImport, archiveExport, authentication, session, clock, messages,
                background, errors, window, receiveVehicle, List.of());
    }

    /** Without reception: the card offers no "Receive". */
    public CustomersContext(CustomerService customers, VehicleService vehicles, ArchiveSearch search,
                            ArchiveImport archiveImport, ArchiveExport archiveExport,
                            AuthenticationService authentication, Session session, Clock clock,
                            Messages messages, Background background, ErrorReporter errors, Window window) {
        this(customers, vehicles, search, archiveImport, archiveExport, authentication, session, clock, messages,
                background, errors, window, null);
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
