package com.fours.workbench.customers;

import java.util.List;

/** The vehicle card: the car, its owner, who owned it before, its odometer readings and its visits. */
public record VehicleCard(Vehicle vehicle, Customer owner, List<OwnershipPeriod> owners, List<MileageReading> readings,
                          List<Visit> visits) {
}
