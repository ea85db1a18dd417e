package com.fours.workbench.app;

import java.util.List;

import javafx.scene.Node;

import com.fours.workbench.partsales.ui.PartsSalesPane;
import com.fours.workbench.repair.ui.DispatchContext;
import com.fours.workbench.repair.ui.RepairContext;
import com.fours.workbench.repair.ui.RepairOrdersView;
import com.fours.workbench.ui.Section;

/**
 * Repair orders (维修工单): the plan with the customer's approvals and the workflow, the labour
 * catalog; the workshop's panes (dispatch, the job board) are added in {@link #extraPanes}.
 */
final class RepairOrdersModule implements WorkbenchModule, OpensWork {

    private RepairOrdersView view;

    @Override
    public ModuleKind kind() {
        return ModuleKind.REPAIR_ORDERS;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        RepairContext repair = new RepairContext(services.repairOrderService(), services.labourCatalog(),
                services.repairPrints(), services.reports(), services.session(), services.clock(), context.messages(),
                context.background(), context.errors(), context.window(), services.changes(), services.findings(),
                services.progressContacts());
        view = new RepairOrdersView(repair, extraPanes(repair, context));
        return view.build();
    }

    /** Panes of the workshop (dispatch, the job board), shown after the orders. */
    private static List<Section> extraPanes(RepairContext repair, ModuleContext context) {
        AppServices services = context.services();
        List<Section> panes = new java.util.ArrayList<>(DispatchContext.panes(repair, services.dispatch(),
                services.jobClock(), services.jobBoard()));
        // the public price list for the advisor and the manager, who read the labour catalogue (decision 0112)
        panes.addAll(PartsSalesPane.priceList(PartsModule.partsSales(context)));
        return panes;
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
            view.show(sectionId, recordId);
        }
    }

    @Override
    public void close() {
        view = null;
    }
}
