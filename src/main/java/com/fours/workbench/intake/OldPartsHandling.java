package com.fours.workbench.intake;

/** What becomes of the parts taken off the car; the settlement list repeats it (JT/T 1133). */
public enum OldPartsHandling {
    RETURN_TO_CUSTOMER,
    DISPOSE
}
