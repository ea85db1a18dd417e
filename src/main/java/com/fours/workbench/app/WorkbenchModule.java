package com.fours.workbench.app;

import javafx.scene.Node;

/** A built module: a tab of the workbench. Modules not built yet have no implementation, so no tab. */
public interface WorkbenchModule {

    ModuleKind kind();

    /** Called the first time the tab is selected, so start-up does not pay for every module. */
    Node createContent(ModuleContext context);

    /** Called each time the tab is shown again: refresh what may have changed meanwhile. */
    default void activate() {
    }

    /**
     * The window that showed the content is gone (log-out, a change of language): let go of it. The
     * module objects outlive the window, and a view kept here held the whole old window in memory.
     */
    default void close() {
    }
}
