package com.fours.workbench.repair;

/**
 * A finding as the technician enters it. {@code itemText} is one item of the intake sheet (ignored
 * for {@link FindingOutcome#OTHER_FAULT}); {@code proposedLine}, when given, is extra work put to
 * the customer for approval. The field names are the keys of the refusals under each field.
 */
public record FindingInput(String itemText, FindingOutcome outcome, String description, String faultCodes,
                           String measurements, LineInput proposedLine) {

    public static final String ITEM = "findingItem";
    public static final String OUTCOME = "findingOutcome";
    public static final String DESCRIPTION = "findingDescription";
    public static final String FAULT_CODES = "findingFaultCodes";
    public static final String MEASUREMENTS = "findingMeasurements";
    public static final String PHOTOS = "findingPhotos";
}
