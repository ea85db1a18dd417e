package com.fours.workbench.parts;

/** Open (waiting to be issued, wholly or in part), fully issued, or released (the rest no longer needed). */
public enum ReservationStatus {
    OPEN,
    ISSUED,
    RELEASED
}
