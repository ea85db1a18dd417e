package com.fours.workbench.intake;

/** Where a taken item is: with the store, back with the customer, or kept by the store on purpose. */
public enum ItemState {
    HELD,
    RETURNED,
    KEPT
}
