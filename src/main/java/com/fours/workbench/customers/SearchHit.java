package com.fours.workbench.customers;

import com.fours.workbench.core.PlateColor;

/**
 * One line of the search results: a vehicle with its owner, or a customer without a vehicle
 * ({@code vehicleId} null). The phone is already masked when the user may not see it.
 */
public record SearchHit(long customerId, Long vehicleId, String plate, PlateColor plateColor, String vin,
                        String brandAndModel, String ownerName, String phone, boolean exact) {
}
