package com.fours.workbench.parts;

/** What kind of part it is; the price policy's margin and the figures are kept per category. */
public enum PartCategory {
    OIL,
    FILTER,
    BRAKE,
    IGNITION,
    WIPER,
    TYRE,
    BULB,
    BELT,
    BATTERY,
    FLUID,
    BODY,
    OTHER
}
