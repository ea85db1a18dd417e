package com.fours.workbench.app;

import javafx.scene.Node;

import com.fours.workbench.dashboard.ui.DashboardContext;
import com.fours.workbench.dashboard.ui.DashboardView;

/** The manager's dashboard (经营看板, decision 0095): a tab of its own, open to whoever may read it. */
final class DashboardModule implements WorkbenchModule {

    private DashboardView view;

    @Override
    public ModuleKind kind() {
        return ModuleKind.DASHBOARD;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        view = new DashboardView(new DashboardContext(services.dashboard(), services.dashboardExport(),
                services.dashboardPrints(), services.reports(), context.messages(), context.background(),
                context.errors(), context.window()));
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
