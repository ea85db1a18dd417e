package com.fours.workbench.care;

/** How serious a complaint is. */
public enum ComplaintSeverity {
    LOW,
    MEDIUM,
    HIGH
}
