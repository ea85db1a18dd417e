package com.fours.workbench.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;

import com.fours.workbench.appointments.BookableJob;
import com.fours.workbench.appointments.ui.AppointmentsContext;
import com.fours.workbench.appointments.ui.AppointmentsView;
import com.fours.workbench.customers.ui.ArchiveSearchViewModel;
import com.fours.workbench.customers.ui.CustomersContext;
import com.fours.workbench.customers.ui.QuickEntry;
import com.fours.workbench.repair.CannedJob;
import com.fours.workbench.repair.CannedJobItem;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.security.Permission;

/**
 * Appointments (预约): booking against the workshop's capacity. An arrived car goes to the
 * reception tab, filled in, when reception is built and the user may open it.
 */
final class AppointmentsModule implements WorkbenchModule, OpensWork {

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
        AppointmentsContext.Archive archive = new AppointmentsContext.Archive() {
            @Override
            public ArchiveSearchViewModel search() {
                return ArchiveSearchViewModel.of(customers);
            }

            @Override
            public java.util.Optional<Long> newCustomerWithVehicle() {
                return QuickEntry.newCustomerWithVehicle(customers);
            }
        };
        view = new AppointmentsView(new AppointmentsContext(services.appointments(), services.workshop(),
                services.serviceReminders(), services.vehicles(), archive, services.authentication(), services.session(), services.clock(),
                context.messages(), context.background(), context.errors(), context.window(),
                arrival -> context.navigator().open(ModuleKind.RECEPTION, ReceptionDesk.class).map(desk -> {
                    desk.receive(arrival);
                    return true;
                }).orElse(false), () -> bookableJobs(services, context.messages().locale()), services.changes()));
        return view.build();
    }

    /** The canned jobs, then the operations, of the labour catalog, with the hours each takes. */
    private static List<BookableJob> bookableJobs(AppServices services, Locale locale) {
        if (!services.session().may(Permission.USE_REPAIR_ORDERS)) {
            return List.of();
        }
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        List<BookableJob> jobs = new ArrayList<>();
        for (CannedJob canned : services.labourCatalog().cannedJobs()) {
            BigDecimal hours = canned.items().stream().filter(item -> item.operationId() != null)
                    .map(CannedJobItem::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (canned.active() && hours.signum() > 0) {
                jobs.add(new BookableJob(canned.code(), canned.name(chinese)
                        + (canned.vehicleModel() == null ? "" : "（" + canned.vehicleModel() + "）"), hours));
            }
        }
        for (LabourOperation operation : services.labourCatalog().operations()) {
            if (operation.active() && operation.standardHours() != null) {
                jobs.add(new BookableJob(operation.code(), operation.name(chinese), operation.standardHours()));
            }
        }
        return jobs;
    }

    @Override
    public void activate() {
        if (view != null) {
            view.activate();
        }
    }

    @Override
    public void openWork(String sectionId, Long recordId) {
        if (view != null) {
            view.show(sectionId);
        }
    }

    @Override
    public void close() {
        view = null;
    }
}
