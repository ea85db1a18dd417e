package com.fours.workbench.safety;

/** The emergency plan (应急预案) a drill practises. */
public enum DrillKind {
    FIRE,
    CHEMICAL_SPILL,
    EV_BATTERY_FIRE,
    EVACUATION,
    ELECTRIC_SHOCK,
    OTHER
}
