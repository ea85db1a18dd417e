package com.fours.workbench.app;

import java.util.List;

/** The modules built so far. A module's issue adds its line here and its tab appears. */
final class Modules {

    private Modules() {
    }

    static List<WorkbenchModule> all() {
        return List.of(new HomeModule(), new AppointmentsModule(), new ReceptionModule(), new RepairOrdersModule(),
                new QualityControlModule(), new CashierModule(), new PartsModule(), new CustomersModule(),
                new CustomerCareModule(), new DashboardModule(), new StaffModule(), new EnvironmentModule(), new AdministrationModule());
    }
}
