package com.fours.workbench.appointments;

import java.time.LocalDate;
import java.util.List;

/**
 * A day of the workshop: whether the store is open (and why not, or why on a weekend), each work
 * group's hours and each arrival slot's cars.
 */
public record DayPlan(LocalDate day, boolean open, String calendarName, List<GroupDay> groups, List<SlotLoad> slots) {

    public DayPlan {
        calendarName = calendarName == null ? "" : calendarName;
        groups = List.copyOf(groups);
        slots = List.copyOf(slots);
    }
}
