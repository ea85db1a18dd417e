package com.fours.workbench.safety;

/** What kind of incident (事故) or near miss (未遂事件) was reported. */
public enum IncidentKind {
    INJURY,
    FIRE,
    SPILL,
    VEHICLE_DAMAGE,
    ELECTRICAL,
    NEAR_MISS,
    OTHER
}
