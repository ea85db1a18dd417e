package com.fours.workbench.app;

import java.util.List;

import com.fours.workbench.safety.ui.SafetyContext;
import com.fours.workbench.safety.ui.SafetyView;
import com.fours.workbench.ui.Section;

/** The safety sections (incidents, drills, figures) handed to the Environment and safety tab. */
final class SafetySections {

    private SafetySections() {
    }

    static List<Section> of(ModuleContext context) {
        AppServices services = context.services();
        return new SafetyView(new SafetyContext(services.safety(), services.session(), services.clock(),
                context.messages(), context.background(), context.errors(), context.window())).sections();
    }
}
