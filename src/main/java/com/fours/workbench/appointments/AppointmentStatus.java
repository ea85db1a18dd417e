package com.fours.workbench.appointments;

import java.util.EnumSet;
import java.util.Set;

/** Where a booking stands. A rescheduled booking stays as it was, pointing at its successor's day. */
public enum AppointmentStatus {
    BOOKED,
    CONFIRMED,
    ARRIVED,
    NO_SHOW,
    CANCELLED,
    RESCHEDULED;

    /** The states that use the workshop's hours and an arrival slot. */
    public static final Set<AppointmentStatus> HOLDING_CAPACITY = EnumSet.of(BOOKED, CONFIRMED, ARRIVED);

    /** Still expected to arrive. */
    public boolean isOpen() {
        return this == BOOKED || this == CONFIRMED;
    }
}
