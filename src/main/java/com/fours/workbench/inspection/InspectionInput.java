package com.fours.workbench.inspection;

import java.util.List;
import java.util.Map;

/**
 * An inspection as typed: the area, the day, who inspected, the score typed per item id, remarks,
 * the findings (each with an owner and due day when it is to become a corrective action), and the
 * done actions of the area this inspection verifies.
 */
public record InspectionInput(FiveSArea area, String day, String inspector, Map<Long, String> scores, String remarks,
                              List<Finding> findings, List<Long> verifiedActionIds) {

    public static final String AREA = "area";
    public static final String DAY = "day";
    public static final String INSPECTOR = "inspector";
    public static final String REMARKS = "remarks";
    public static final String FINDINGS = "findings";

    /** The field of an item's score. */
    public static String score(long itemId) {
        return "score." + itemId;
    }

    /** A finding; {@code ownerId} and {@code dueDay} both given make it a corrective action. */
    public record Finding(String text, Long ownerId, String dueDay) {
    }
}
