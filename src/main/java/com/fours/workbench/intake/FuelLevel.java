package com.fours.workbench.intake;

/** The fuel gauge as the advisor reads it at the counter. */
public enum FuelLevel {
    EMPTY,
    QUARTER,
    HALF,
    THREE_QUARTERS,
    FULL
}
