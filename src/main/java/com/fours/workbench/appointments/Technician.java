package com.fours.workbench.appointments;

/** A user who works in the workshop, as a member of a work group or as a booking's advisor. */
public record Technician(long userId, String username, String displayName) {
}
