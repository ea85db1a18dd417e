package com.fours.workbench.core;

/** What another workstation may change under an open screen (decision 0057). */
public enum ChangeTopic {
    /** A repair order, its lines, dispatch, the job clock or the hand-back; the key is the order's id. */
    REPAIR_ORDER,
    /** A booking; the key is the appointment's id. */
    BOOKING,
    /** A bill or a payment on it; the key is the bill's id. */
    BILL,
    /** Stock movements, reservations and purchase requests; no key. */
    STOCK
}
