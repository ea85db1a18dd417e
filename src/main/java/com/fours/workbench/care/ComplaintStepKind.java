package com.fours.workbench.care;

/** A step of a complaint's record, in the order they usually come. */
public enum ComplaintStepKind {
    RECEIVED,
    ACKNOWLEDGED,
    INVESTIGATION,
    SOLUTION,
    GOODWILL,
    COMEBACK,
    CONFIRMED,
    NOT_SATISFIED,
    CLOSED,
    REOPENED,
    OWNER_CHANGED
}
