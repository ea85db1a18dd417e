package com.fours.workbench.care;

/** A visit handed back to its customer, as a complaint about it names it. */
public record DeliveredVisit(long id, String number, long customerId, long vehicleId) {
}
