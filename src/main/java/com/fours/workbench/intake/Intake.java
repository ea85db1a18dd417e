package com.fours.workbench.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fours.workbench.core.Money;

/**
 * A saved intake sheet (接车单). Once {@code signedAt} is set the customer has signed it; it may
 * still be changed, and every change is kept against the signed version.
 */
public record Intake(long id, long customerId, long vehicleId, Long appointmentId, String advisor, Instant receivedAt,
                     int mileage, FuelLevel fuelLevel, String valuables, String complaint, List<String> requestedItems,
                     Money estimatedCost, Instant promisedAt, OldPartsHandling oldParts, String approvalContact,
                     boolean customerWaits, String notes, List<DamageMarker> markers, Instant signedAt, String signedBy,
                     int version, String keyTag, List<TakenItem> taken) {

    public Intake {
        requestedItems = List.copyOf(requestedItems);
        markers = List.copyOf(markers);
        taken = List.copyOf(taken);
    }

    public boolean signed() {
        return signedAt != null;
    }

    public Optional<Money> estimate() {
        return Optional.ofNullable(estimatedCost);
    }

    public Optional<Instant> promised() {
        return Optional.ofNullable(promisedAt);
    }
}
