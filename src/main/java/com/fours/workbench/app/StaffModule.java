package com.fours.workbench.app;

import javafx.scene.Node;

import com.fours.workbench.security.Permission;
import com.fours.workbench.staff.ui.StaffContext;
import com.fours.workbench.staff.ui.StaffView;

/** Staff (人员, decision 0101): training and appraisals for the manager; one's own appraisals for everyone. */
final class StaffModule implements WorkbenchModule {

    private StaffView view;

    @Override
    public ModuleKind kind() {
        return ModuleKind.STAFF;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        view = new StaffView(new StaffContext(services.trainings(), services.appraisals(), services.staffPrints(),
                services.reports(), context.messages(), context.background(), context.errors(), context.window(),
                services.clock().getZone(), services.session().may(Permission.MANAGE_STAFF)));
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
