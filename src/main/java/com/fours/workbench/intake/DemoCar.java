package com.fours.workbench.intake;

/** A car of the demo archive to receive, with its owner's name and mobile as the contact. */
record DemoCar(long id, long ownerId, int mileage, String contact) {
}
