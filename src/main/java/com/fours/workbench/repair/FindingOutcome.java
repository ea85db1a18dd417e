package com.fours.workbench.repair;

/** What the technician found for an item of the intake sheet, or a fault nobody had reported. */
public enum FindingOutcome {
    CONFIRMED,
    NOT_REPRODUCED,
    OTHER_FAULT
}
