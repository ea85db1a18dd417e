package com.fours.workbench.intake.ui;

import java.time.Clock;

import javafx.stage.Window;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.intake.IntakeService;
import com.fours.workbench.intake.IntakeSheetPrint;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;
import com.fours.workbench.ui.Background;
import com.fours.workbench.ui.ErrorReporter;
import com.fours.workbench.ui.Refusals;

/**
 * What the reception screens need: the intake service and its print (reached only through the
 * view models), the archive's forms for a walk-in and a manager's confirmation (made in app/), and
 * the workbench around them.
 */
public record ReceptionContext(IntakeService intakes, IntakeSheetPrint sheets, ReportEngine reports,
                               Archive archive, Session session, Clock clock, Messages messages,
                               Background background, ErrorReporter errors, Window window,
                               RepairOrderService repairOrders, GuaranteeCheck guaranteeCheck) {

    /**
     * Tells the advisor, in the screen's language, that the car is back inside the guarantee of an
     * earlier order (quality control's, handed in by the app); empty otherwise.
     */
    public interface GuaranteeCheck {
        java.util.Optional<String> notice(long vehicleId, int mileage);
    }

    /**
     * The customer archive's screens reception opens, handed in by app/: the forms for a walk-in's
     * new customer and car, and a manager's confirmation at the counter.
     */
    public interface Archive {

        /** The vehicle to go on with (new, or the existing one chosen instead), or empty when cancelled. */
        java.util.Optional<Long> newCustomerWithVehicle();

        /** The manager who confirmed with their own user name and password, or empty when cancelled. */
        java.util.Optional<AuthenticatedUser> managerApproval(Permission needed, String reason);
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
