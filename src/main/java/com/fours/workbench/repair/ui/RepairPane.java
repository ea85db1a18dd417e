package com.fours.workbench.repair.ui;

import javafx.scene.Node;

/**
 * One sub-view of the Repair Orders tab (orders and their plans, the catalog, and the dispatch and
 * job-board panes of the workshop). Built the first time its tab is chosen, told each time it is shown again.
 */
public interface RepairPane {

    /** The id of its tab, e.g. {@code repairTab-orders}. */
    String id();

    /** The tab's title in the screen's language. */
    String title();

    Node build();

    default void activate() {
    }

    /** The tab is left: stop what runs only while it is shown (an auto-refresh). */
    default void deactivate() {
    }
}
