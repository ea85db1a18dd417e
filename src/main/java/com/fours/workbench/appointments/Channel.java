package com.fours.workbench.appointments;

/** How the booking came in: counted, since walk-ins are what capacity planning cannot see coming. */
public enum Channel {
    PHONE,
    ONLINE,
    WALK_IN
}
