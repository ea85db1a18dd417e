package com.fours.workbench.safety;

public enum IncidentSeverity {
    MINOR,
    MODERATE,
    SERIOUS
}
