package com.fours.workbench.app;

import java.util.List;

import javafx.scene.Node;

import com.fours.workbench.customers.ui.CustomersContext;
import com.fours.workbench.customers.ui.CustomersView;

/** The customer and vehicle archive (客户档案 / 车辆档案): find a car from any fragment and open its card. */
final class CustomersModule implements WorkbenchModule {

    private CustomersView view;

    @Override
    public ModuleKind kind() {
        return ModuleKind.CUSTOMERS;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        view = new CustomersView(new CustomersContext(services.customers(), services.vehicles(), services.archiveSearch(),
                services.archiveImport(), services.archiveExport(),
                services.authentication(), services.session(), services.clock(), context.messages(),
                context.background(), context.errors(), context.window(),
                vehicleId -> context.navigator().open(ModuleKind.RECEPTION, ReceptionDesk.class)
                        .ifPresent(desk -> desk.receiveVehicle(vehicleId)),
                List.of(CustomerCareModule.contactHistoryPanel(context))));
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
}
