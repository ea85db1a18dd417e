package com.fours.workbench.care;

/**
 * A complaint as typed: the car (and the visit, optional), where it came from, what it is about,
 * the customer's own words, the owner, and optionally a resolve deadline agreed with the customer
 * (yyyy-MM-dd HH:mm) instead of the store's.
 */
public record ComplaintInput(Long vehicleId, Long repairOrderId, ComplaintChannel channel, ComplaintCategory category,
                             ComplaintSeverity severity, String customerWords, Long ownerId, String resolveBy) {

    public static final String VEHICLE = "vehicle";
    public static final String CHANNEL = "channel";
    public static final String CATEGORY = "category";
    public static final String SEVERITY = "severity";
    public static final String WORDS = "customerWords";
    public static final String OWNER = "owner";
    public static final String RESOLVE_BY = "resolveBy";
}
