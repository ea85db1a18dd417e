package com.fours.workbench.parts;

/** Draft, sent to the supplier, partly received, fully received, closed (nothing more expected). */
public enum PurchaseOrderStatus {
    DRAFT,
    SENT,
    PARTLY_RECEIVED,
    RECEIVED,
    CLOSED;

    public boolean expectsDeliveries() {
        return this == SENT || this == PARTLY_RECEIVED;
    }
}
