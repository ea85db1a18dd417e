package com.fours.workbench.care;

/** What a due list calls about: the car's insurance running out, or its annual inspection (年检). */
public enum DueReminderKind {
    INSURANCE,
    INSPECTION
}
