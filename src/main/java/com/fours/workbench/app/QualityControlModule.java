package com.fours.workbench.app;

import javafx.scene.Node;

import com.fours.workbench.qc.ui.QcContext;
import com.fours.workbench.qc.ui.QualityControlView;

/** Quality control (质量检验): the three-level sign-off, the prints and the certificate, checklists, figures. */
final class QualityControlModule implements WorkbenchModule, OpensWork {

    private QualityControlView view;

    @Override
    public ModuleKind kind() {
        return ModuleKind.QUALITY_CONTROL;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        view = new QualityControlView(new QcContext(services.qcSheets(), services.qcSignOff(),
                services.certificates(), services.guaranteePeriods(), services.fixRates(), services.qcChecklists(),
                services.comebacks(), services.roadTests(), services.maintenanceIntervals(), services.qcPrints(),
                services.reports(),
                services.session(), services.clock(), context.messages(), context.background(), context.errors(),
                context.window()));
        return view.build();
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
