package com.fours.workbench.appointments;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The front desk's rhythm: arrival times from the first to the last slot, and cars per slot. */
public record ArrivalSlots(LocalTime firstSlot, LocalTime lastSlot, int slotMinutes, int carsPerSlot, int version) {

    public List<LocalTime> times() {
        List<LocalTime> times = new ArrayList<>();
        for (LocalTime t = firstSlot; !t.isAfter(lastSlot); t = t.plusMinutes(slotMinutes)) {
            times.add(t);
            if (t.plusMinutes(slotMinutes).isBefore(t)) {
                break; // past midnight
            }
        }
        return times;
    }

    public boolean isSlot(LocalTime time) {
        return times().contains(time);
    }
}
