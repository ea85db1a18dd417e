package com.fours.workbench.app;

import com.fours.workbench.inspection.ui.FiveSContext;
import com.fours.workbench.inspection.ui.FiveSView;
import com.fours.workbench.ui.Section;

/** The 5S inspections' section, handed to the Environment and safety tab (decision 0113). */
final class FiveSSection {

    private FiveSSection() {
    }

    static Section of(ModuleContext context) {
        return new FiveSView(context(context)).section();
    }

    static FiveSContext context(ModuleContext context) {
        AppServices services = context.services();
        return new FiveSContext(services.fiveSChecklists(), services.fiveSInspections(), services.fiveSPrints(),
                services.fiveSScores(), services.reports(), services.session(), services.clock(), context.messages(),
                context.background(), context.errors(), context.window());
    }
}
