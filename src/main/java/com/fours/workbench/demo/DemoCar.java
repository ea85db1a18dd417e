package com.fours.workbench.demo;

/** A car of the demo archive to receive, with its owner's name and mobile for the contact. */
record DemoCar(long id, long ownerId, int mileage, String name, String mobile, String model) {
}
