package com.fours.workbench.customers;

import java.util.List;

/**
 * A module that has visits of a vehicle to show on its card: appointments, repair orders, bills.
 * Each module registers one when it is built; the card lists them all, newest first.
 */
public interface VisitSource {

    List<Visit> visitsOf(long vehicleId);
}
