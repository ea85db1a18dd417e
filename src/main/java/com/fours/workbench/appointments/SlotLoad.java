package com.fours.workbench.appointments;

import java.time.LocalTime;

/** One arrival slot of a day: how many cars are expected then, against the front desk's limit. */
public record SlotLoad(LocalTime slot, int booked, int limit) {

    public boolean full() {
        return booked >= limit;
    }
}
