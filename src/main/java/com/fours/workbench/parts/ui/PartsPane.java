package com.fours.workbench.parts.ui;

import javafx.scene.Node;

/**
 * One sub-view of the warehouse tab (parts, purchasing, issue, ledger, figures, and the stocktake).
 * A pane is built the first time its tab is chosen and told each time it is shown again.
 */
public interface PartsPane {

    /** The id of its tab, e.g. {@code partsTab-issue}. */
    String id();

    /** The tab's title in the screen's language. */
    String title();

    Node build();

    default void activate() {
    }
}
