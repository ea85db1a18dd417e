package com.fours.workbench.safety;

/** An incident or near miss as typed; the measures may come later, before the manager closes it. */
public record IncidentInput(IncidentKind kind, IncidentSeverity severity, String what, String place, String day,
                            String time, String involved, String injured, String cause, String immediate,
                            String corrective, Long ownerId, String dueDay) {

    public static final String KIND = "kind";
    public static final String SEVERITY = "severity";
    public static final String WHAT = "what";
    public static final String PLACE = "place";
    public static final String DAY = "day";
    public static final String TIME = "time";
    public static final String INVOLVED = "involved";
    public static final String INJURED = "injured";
    public static final String CAUSE = "cause";
    public static final String IMMEDIATE = "immediate";
    public static final String CORRECTIVE = "corrective";
    public static final String OWNER = "owner";
    public static final String DUE = "due";
    public static final String CLOSING_NOTE = "closingNote";
}
