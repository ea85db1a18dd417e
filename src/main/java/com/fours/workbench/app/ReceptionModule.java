package com.fours.workbench.app;

import javafx.scene.Node;

import com.fours.workbench.appointments.Arrival;
import com.fours.workbench.core.Formats;
import com.fours.workbench.customers.ui.CustomersContext;
import com.fours.workbench.customers.ui.ManagerApproval;
import com.fours.workbench.customers.ui.QuickEntry;
import com.fours.workbench.intake.ui.ReceptionContext;
import com.fours.workbench.intake.ui.ReceptionView;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;

/** Reception (接车): the intake sheet, started from an arrival, a vehicle card or a walk-in. */
final class ReceptionModule implements WorkbenchModule, ReceptionDesk {

    private ReceptionView view;

    @Override
    public ModuleKind kind() {
        return ModuleKind.RECEPTION;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        Formats formats = Formats.of(context.messages().locale());
        CustomersContext archive = new CustomersContext(services.customers(), services.vehicles(),
                services.archiveSearch(), services.archiveImport(), services.archiveExport(), services.authentication(),
                services.session(), services.clock(), context.messages(), context.background(), context.errors(),
                context.window());
        ReceptionContext.Archive forms = new ReceptionContext.Archive() {
            @Override
            public java.util.Optional<Long> newCustomerWithVehicle() {
                return QuickEntry.newCustomerWithVehicle(archive);
            }

            @Override
            public java.util.Optional<AuthenticatedUser> managerApproval(Permission needed, String reason) {
                return ManagerApproval.ask(archive, needed, reason);
            }
        };
        view = new ReceptionView(new ReceptionContext(services.intakes(), services.intakeSheets(), services.reports(),
                forms, services.session(), services.clock(), context.messages(),
                context.background(), context.errors(), context.window(), services.repairOrderService(),
                (vehicleId, mileage) -> services.comebacks().covering(vehicleId, mileage).map(c -> context.messages().get(
                        "qc.ui.comebackNotice", c.earlierOrderNumber(), formats.date(c.earlierExitDate()),
                        formats.date(c.guaranteeUntil()), formats.kmNumber(c.guaranteeUntilKm())))));
        return view.build();
    }

    @Override
    public void activate() {
        if (view != null) {
            view.activate();
        }
    }

    @Override
    public void close() {
        view = null;
    }

    @Override
    public void receive(Arrival arrival) {
        if (view != null) {
            view.receive(arrival);
        }
    }

    @Override
    public void receiveVehicle(long vehicleId) {
        if (view != null) {
            view.receiveVehicle(vehicleId);
        }
    }
}
