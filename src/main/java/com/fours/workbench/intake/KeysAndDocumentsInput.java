package com.fours.workbench.intake;

/**
 * The keys and documents part of the intake sheet as typed: the key tag, how many keys, which
 * documents, and anything else taken (free text). Field names are refusal keys of the sheet.
 */
public record KeysAndDocumentsInput(String keyTag, String keys, boolean vehicleLicence, boolean maintenanceBooklet,
                                    boolean insurancePolicy, String other) {

    public static final String KEY_TAG = "keyTag";
    public static final String KEYS = "keys";
    public static final String OTHER = "otherItem";

    /** Nothing taken: a sheet saved before keys and documents were recorded, or a car left without them. */
    public static KeysAndDocumentsInput none() {
        return new KeysAndDocumentsInput("", "", false, false, false, "");
    }
}
