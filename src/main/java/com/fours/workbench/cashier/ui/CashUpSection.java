package com.fours.workbench.cashier.ui;

import javafx.scene.Node;

/**
 * A sub-tab the cash-up feature adds to the Cashier tab (the cash-up, the health records). Built the
 * first time its tab is chosen, told each time it is shown again.
 */
public interface CashUpSection {

    /** The id of its tab, e.g. {@code cashierTab-cashUp}. */
    String id();

    /** The tab's title in the screen's language. */
    String title();

    Node build();

    default void activate() {
    }
}
