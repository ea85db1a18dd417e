package com.fours.workbench.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.fours.workbench.core.Money;

/** An intake as stored; {@link #toIntake} adds its markers and turns columns into types. */
record IntakeRow(long id, long customerId, long vehicleId, Long appointmentId, String advisor, Instant receivedAt,
                 int mileage, String fuelLevel, String valuables, String complaint, String requestedItems,
                 BigDecimal estimatedCost, Instant promisedAt, String oldParts, String approvalContact,
                 boolean customerWaits, String notes, Instant signedAt, String signedBy, int version, String keyTag) {

    static final String COLUMNS = "id, customer_id, vehicle_id, appointment_id, advisor, received_at, mileage, fuel_level, "
            + "valuables, complaint, requested_items, estimated_cost, promised_at, old_parts, approval_contact, "
            + "customer_waits, notes, signed_at, signed_by, version, key_tag";

    Intake toIntake(List<DamageMarker> markers, List<TakenItem> taken) {
        List<String> items = requestedItems.isEmpty() ? List.of() : Arrays.asList(requestedItems.split("\n"));
        return new Intake(id, customerId, vehicleId, appointmentId, advisor, receivedAt, mileage,
                FuelLevel.valueOf(fuelLevel), valuables, complaint, items,
                estimatedCost == null ? null : Money.of(estimatedCost), promisedAt, OldPartsHandling.valueOf(oldParts),
                approvalContact, customerWaits, notes, markers, signedAt, signedBy, version, keyTag, taken);
    }
}
