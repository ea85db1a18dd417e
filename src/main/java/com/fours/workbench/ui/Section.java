package com.fours.workbench.ui;

import javafx.scene.Node;

/**
 * One sub-tab of a module's tab (the warehouse's issue counter, the workshop's dispatch, the
 * cashier's cash-up, ...), hosted by {@link SectionTabs}: built the first time its tab is chosen,
 * told each time it is shown again and each time it is left.
 */
public interface Section {

    /** The id of its tab, e.g. {@code partsTab-issue}. */
    String id();

    /** The tab's title in the screen's language. */
    String title();

    Node build();

    /** Shown again: read what may have changed. */
    default void activate() {
    }

    /** The tab is left: stop what runs only while it is shown (an auto-refresh). */
    default void deactivate() {
    }
}
