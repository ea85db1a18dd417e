package com.fours.workbench.app;

import java.util.stream.Stream;

import javafx.scene.Node;

import com.fours.workbench.environment.ui.EnvironmentContext;
import com.fours.workbench.environment.ui.EnvironmentView;

/**
 * Environment and safety (环保与安全, decision 0106): the hazardous-waste ledger today; safety
 * training, 5S inspections, incidents and drills are handed in as further sections.
 */
final class EnvironmentModule implements WorkbenchModule, OpensWork {

    private EnvironmentView view;

    @Override
    public ModuleKind kind() {
        return ModuleKind.ENVIRONMENT;
    }

    @Override
    public Node createContent(ModuleContext context) {
        AppServices services = context.services();
        view = new EnvironmentView(new EnvironmentContext(services.wasteCatalogue(), services.wasteLedger(),
                services.wasteReports(), services.wastePrints(), services.reports(), services.session(),
                services.clock(), context.messages(), context.background(), context.errors(), context.window(),
                Stream.concat(Stream.of(FiveSSection.of(context)), SafetySections.of(context).stream())
                        .toList()));
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
            view.show(sectionId);
        }
    }

    @Override
    public void close() {
        view = null;
    }
}
