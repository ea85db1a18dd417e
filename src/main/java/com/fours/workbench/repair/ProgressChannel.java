package com.fours.workbench.repair;

/** How the advisor reached (or tried to reach) the customer about the car's progress. */
public enum ProgressChannel {
    CALL,
    MESSAGE
}
