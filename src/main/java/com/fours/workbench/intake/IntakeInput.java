package com.fours.workbench.intake;

import java.util.List;

/**
 * The intake sheet as the advisor filled it: what was typed, not yet checked. The field names are
 * the keys of {@link com.fours.workbench.core.InvalidFieldsException} refusals, so each reason
 * shows under its field.
 */
public record IntakeInput(String mileage, FuelLevel fuelLevel, String valuables, String complaint,
                          List<String> requestedItems, String estimatedCost, String promisedAt,
                          OldPartsHandling oldParts, String approvalContact, boolean customerWaits, String notes,
                          List<DamageMarker> markers, KeysAndDocumentsInput keysAndDocuments) {

    public static final String MILEAGE = "mileage";
    public static final String FUEL_LEVEL = "fuelLevel";
    public static final String VALUABLES = "valuables";
    public static final String COMPLAINT = "complaint";
    public static final String REQUESTED_ITEMS = "requestedItems";
    public static final String ESTIMATED_COST = "estimatedCost";
    public static final String PROMISED_AT = "promisedAt";
    public static final String OLD_PARTS = "oldParts";
    public static final String APPROVAL_CONTACT = "approvalContact";
    public static final String NOTES = "notes";
    public static final String MARKERS = "markers";

    public IntakeInput {
        requestedItems = requestedItems == null ? List.of() : List.copyOf(requestedItems);
        markers = markers == null ? List.of() : List.copyOf(markers);
        keysAndDocuments = keysAndDocuments == null ? KeysAndDocumentsInput.none() : keysAndDocuments;
    }

    /** A sheet with no keys or documents taken. */
    public IntakeInput(String mileage, FuelLevel fuelLevel, String valuables, String complaint,
                       List<String> requestedItems, String estimatedCost, String promisedAt, OldPartsHandling oldParts,
                       String approvalContact, boolean customerWaits, String notes, List<DamageMarker> markers) {
        this(mileage, fuelLevel, valuables, complaint, requestedItems, estimatedCost, promisedAt, oldParts,
                approvalContact, customerWaits, notes, markers, KeysAndDocumentsInput.none());
    }

    /** The same sheet with these keys and documents taken. */
    public IntakeInput withKeysAndDocuments(KeysAndDocumentsInput taken) {
        return new IntakeInput(mileage, fuelLevel, valuables, complaint, requestedItems, estimatedCost, promisedAt,
                oldParts, approvalContact, customerWaits, notes, markers, taken);
    }

    /** The same sheet with other markers. */
    public IntakeInput withMarkers(List<DamageMarker> newMarkers) {
        return new IntakeInput(mileage, fuelLevel, valuables, complaint, requestedItems, estimatedCost, promisedAt,
                oldParts, approvalContact, customerWaits, notes, newMarkers, keysAndDocuments);
    }
}
