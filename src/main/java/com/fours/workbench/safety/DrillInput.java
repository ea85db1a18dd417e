package com.fours.workbench.safety;

import java.util.List;

public record DrillInput(DrillKind kind, String plan, String day, String minutes, List<Long> participantIds,
                         String findings, String improvements) {

    public static final String KIND = "kind";
    public static final String PLAN = "plan";
    public static final String DAY = "day";
    public static final String MINUTES = "minutes";
    public static final String PARTICIPANTS = "participants";
    public static final String FINDINGS = "findings";
    public static final String IMPROVEMENTS = "improvements";
    public static final String PLANNED = "planned";
}
