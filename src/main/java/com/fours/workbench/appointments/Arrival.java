package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

import com.fours.workbench.core.Money;

/**
 * A booked car that has arrived, handed from appointments to reception: everything the intake
 * sheet can be filled with before the advisor walks round the car.
 */
public record Arrival(long appointmentId, long customerId, long vehicleId, ServiceType serviceType,
                      List<String> requestedItems, BigDecimal estimatedHours, Money estimatedCost,
                      OptionalLong advisorId, boolean customerWaits, String notes) {

    public Arrival {
        Objects.requireNonNull(serviceType, "serviceType");
        requestedItems = List.copyOf(requestedItems);
        Objects.requireNonNull(estimatedHours, "estimatedHours");
        Objects.requireNonNull(estimatedCost, "estimatedCost");
        Objects.requireNonNull(advisorId, "advisorId");
        notes = notes == null ? "" : notes;
    }
}
