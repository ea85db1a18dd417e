package com.fours.workbench.cashier.ui;

import javafx.scene.Node;

/**
 * A sub-tab of the Cashier tab beside the desk (the discount policy, the cash-up, the health
 * records). Built the first time its tab is chosen, told each time it is shown again.
 */
public interface CashierSection {

    /** The id of its tab, e.g. {@code cashierTab-cashUp}. */
    String id();

    /** The tab's title in the screen's language. */
    String title();

    Node build();

    default void activate() {
    }
}
