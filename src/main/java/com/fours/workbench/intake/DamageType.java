package com.fours.workbench.intake;

/** What a marker on the car outline stands for. */
public enum DamageType {
    SCRATCH,
    DENT,
    CRACK,
    STONE_CHIP,
    MISSING_PART
}
