package com.fours.workbench.app;

import javafx.scene.Node;

import com.fours.workbench.appointments.ui.AppointmentsContext;
import com.fours.workbench.appointments.ui.AppointmentsView;
import com.fours.workbench.customers.ui.CustomersContext;

/**
 * Appointments (预约): booking against the workshop's capacity. An arrived car goes to the
 * reception tab, filled in, when reception is built and the user may open it.
 */
final class AppointmentsModule implements WorkbenchModule {

    private AppointmentsView view;

    @Override
    public ModuleKind kind() {
        return ModuleKind.APPOINTMENTS;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        CustomersContext customers = new CustomersContext(services.customers(), services.vehicles(),
                services.archiveSearch(), services.archiveImport(), services.archiveExport(), services.authentication(),
                services.session(), services.clock(), context.messages(), context.background(), context.errors(),
                context.window());
        view = new AppointmentsView(new AppointmentsContext(services.appointments(), services.workshop(),
                services.serviceReminders(), customers, services.authentication(), services.session(), services.clock(),
                context.messages(), context.background(), context.errors(), context.window(),
                arrival -> context.navigator().open(ModuleKind.RECEPTION, ReceptionDesk.class).map(desk -> {
                    desk.receive(arrival);
                    return true;
                }).orElse(false)));
        return view.build();
    }

    @Override
    public void activate() {
        if (view != null) {
            view.activate();
        }
    }
}
