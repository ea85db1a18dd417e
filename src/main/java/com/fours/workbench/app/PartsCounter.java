package com.fours.workbench.app;

/**
 * Where other modules send the warehouse work: the parts module implements it. The repair-order
 * module reserves parts through {@code ReservationService} and opens the issue counter with this.
 */
public interface PartsCounter {

    /** The issue counter opens on this repair order: its pick list by bin and the scan field. */
    void issueFor(long repairOrderId);
}
