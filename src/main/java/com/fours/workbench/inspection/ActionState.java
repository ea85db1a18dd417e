package com.fours.workbench.inspection;

/** A corrective action: open, done by its owner (with what was done), verified at a re-inspection. */
public enum ActionState {
    OPEN,
    DONE,
    VERIFIED
}
