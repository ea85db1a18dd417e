package com.fours.workbench.appointments;

/** What the afternoon call to a customer booked for tomorrow came to. */
public enum CallOutcome {
    CONFIRMED,
    NOT_REACHED,
    RESCHEDULED
}
