package com.fours.workbench.appointments.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.stage.Window;

import com.fours.workbench.appointments.AppointmentService;
import com.fours.workbench.appointments.Arrival;
import com.fours.workbench.appointments.BookableJob;
import com.fours.workbench.appointments.ServiceReminders;
import com.fours.workbench.appointments.WorkshopService;
import com.fours.workbench.core.ChangeNotices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.SearchHit;
import com.fours.workbench.customers.VehicleService;
import com.fours.workbench.security.AuthenticationService;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.LiveSearch;
import com.fours.workbench.ui.Refusals;

/**
 * What the appointments screens need. {@code archive} is the customer archive's search and quick
 * entry of a new customer with a car, made in app/ from the archive's screens. {@code reception} takes an arrived car to the reception
 * desk and says whether it could (false: reception is not built, or this user may not open it).
 * {@code bookableJobs} reads the labour catalog's canned jobs and operations (empty for a user who
 * may not read it); it is called off the user-interface thread.
 */
public record AppointmentsContext(AppointmentService appointments, WorkshopService workshop,
                                  ServiceReminders reminders, VehicleService vehicles, Archive archive,
                                  AuthenticationService authentication, Session session, Clock clock, Messages messages,
                                  Background background, ErrorReporter errors, Window window,
                                  Predicate<Arrival> reception, Supplier<List<BookableJob>> bookableJobs,
                                  ChangeNotices changes) {

    /** The customer archive as a booking uses it, handed in by app/. */
    public interface Archive {

        /** A new search of the archive, answering as the advisor types. */
        LiveSearch<SearchHit> search();

        /**
         * The archive's forms for a new customer and their car, one after the other: the vehicle to
         * go on with, or empty when cancelled.
         */
        Optional<Long> newCustomerWithVehicle();
    }

    public boolean may(Permission permission) {
        return session.may(permission);
    }

    /** How the screens of this tab show a step that failed. */
    public Refusals refusals() {
        return new Refusals(messages, errors, window);
    }
}
