package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

/**
 * The capacity arithmetic, read in the caller's handle. A group's hours on a day are the sum over
 * its members of the group's hours for that weekday, less each member's absence (a whole day takes
 * all, a part day its hours, never below zero). A closed day has no hours; a weekend day worked
 * (调休) has the hours of the weekday it stands in for. Booked hours are those of the bookings still
 * holding capacity (booked, confirmed, arrived).
 */
final class Capacity {

    private Capacity() {
    }

    static List<DayPlan> plans(Handle handle, LocalDate from, LocalDate to) {
        return plans(handle, from, to, true);
    }

    /** Without {@code slots}, a day's arrival slots are left empty: a query per open day saved where only hours are summed. */
    static List<DayPlan> plans(Handle handle, LocalDate from, LocalDate to, boolean slots) {
        WorkshopDao workshop = handle.attach(WorkshopDao.class);
        AppointmentDao appointments = handle.attach(AppointmentDao.class);
        List<WorkGroup> groups = workshop.activeGroups();
        Map<Long, Map<Integer, BigDecimal>> hours = new HashMap<>();
        workshop.hours().forEach(h -> hours.computeIfAbsent(h.groupId(), g -> new HashMap<>()).put(h.weekday(), h.hours()));
        Map<Long, List<Long>> members = new HashMap<>();
        workshop.members().forEach(m -> members.computeIfAbsent(m.groupId(), g -> new ArrayList<>()).add(m.userId()));
        List<Absence> absences = workshop.absences(from, to);
        Map<LocalDate, CalendarDay> calendar = new HashMap<>();
        workshop.calendar(from, to).forEach(d -> calendar.put(d.day(), d));
        Map<String, AppointmentDao.Load> loads = new HashMap<>();
        appointments.loads(from, to).forEach(l -> loads.put(l.workGroupId() + "@" + l.day(), l));
        ArrivalSlots grid = slots ? workshop.slots() : null;

        List<DayPlan> plans = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            CalendarDay exception = calendar.get(day);
            boolean closed = closed(exception);
            int weekday = weekday(day, exception);
            List<GroupDay> groupDays = new ArrayList<>();
            for (WorkGroup group : groups) {
                BigDecimal available = BigDecimal.ZERO;
                if (!closed) {
                    BigDecimal perTechnician = hours.getOrDefault(group.id(), Map.of()).getOrDefault(weekday, BigDecimal.ZERO);
                    for (long userId : members.getOrDefault(group.id(), List.of())) {
                        available = available.add(hoursOf(userId, day, perTechnician, absences));
                    }
                }
                AppointmentDao.Load load = loads.get(group.id() + "@" + day);
                groupDays.add(new GroupDay(group.id(), group.name(), available,
                        load == null ? BigDecimal.ZERO : load.hours(), load == null ? 0 : load.bookings()));
            }
            boolean open = !closed && groupDays.stream().anyMatch(g -> g.available().signum() > 0);
            plans.add(new DayPlan(day, open, exception == null ? "" : exception.name(), groupDays,
                    open && slots ? slotLoads(appointments, day, grid) : List.of()));
        }
        return plans;
    }

    /**
     * Each technician's available hours over the days, by the same arithmetic as the groups' (a
     * technician in two groups has the hours of both), keyed by user id.
     */
    static Map<Long, BigDecimal> technicianHours(Handle handle, LocalDate from, LocalDate to) {
        WorkshopDao workshop = handle.attach(WorkshopDao.class);
        Map<Long, Map<Integer, BigDecimal>> hours = new HashMap<>();
        workshop.hours().forEach(h -> hours.computeIfAbsent(h.groupId(), g -> new HashMap<>()).put(h.weekday(), h.hours()));
        Set<Long> active = new HashSet<>();
        workshop.activeGroups().forEach(g -> active.add(g.id()));
        List<Absence> absences = workshop.absences(from, to);
        Map<LocalDate, CalendarDay> calendar = new HashMap<>();
        workshop.calendar(from, to).forEach(d -> calendar.put(d.day(), d));
        var members = workshop.members();
        Map<Long, BigDecimal> byTechnician = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            CalendarDay exception = calendar.get(day);
            if (closed(exception)) {
                continue;
            }
            int weekday = weekday(day, exception);
            for (var m : members) {
                if (active.contains(m.groupId())) {
                    BigDecimal perTechnician = hours.getOrDefault(m.groupId(), Map.of()).getOrDefault(weekday, BigDecimal.ZERO);
                    byTechnician.merge(m.userId(), hoursOf(m.userId(), day, perTechnician, absences), BigDecimal::add);
                }
            }
        }
        return byTechnician;
    }

    private static boolean closed(CalendarDay exception) {
        return exception != null && exception.kind() == CalendarDayKind.CLOSED;
    }

    /** The weekday whose hours a day has: a weekend day worked (调休) stands in for the weekday it names. */
    private static int weekday(LocalDate day, CalendarDay exception) {
        return exception != null && exception.kind() == CalendarDayKind.WORKING
                ? (exception.worksAs() == null ? 1 : exception.worksAs()) : day.getDayOfWeek().getValue();
    }

    static DayPlan plan(Handle handle, LocalDate day) {
        return plans(handle, day, day).get(0);
    }

    static Optional<GroupDay> group(DayPlan plan, long groupId) {
        return plan.groups().stream().filter(g -> g.groupId() == groupId).findFirst();
    }

    private static BigDecimal hoursOf(long userId, LocalDate day, BigDecimal perTechnician, List<Absence> absences) {
        BigDecimal left = perTechnician;
        for (Absence absence : absences) {
            if (absence.userId() == userId && absence.covers(day)) {
                left = absence.wholeDay() ? BigDecimal.ZERO : left.subtract(absence.hours());
            }
        }
        return left.signum() < 0 ? BigDecimal.ZERO : left;
    }

    private static List<SlotLoad> slotLoads(AppointmentDao appointments, LocalDate day, ArrivalSlots slots) {
        Map<LocalTime, Integer> counts = new HashMap<>();
        appointments.slotCounts(day).forEach(c -> counts.put(c.slot(), c.cars()));
        List<SlotLoad> loads = new ArrayList<>();
        for (LocalTime time : slots.times()) {
            loads.add(new SlotLoad(time, counts.getOrDefault(time, 0), slots.carsPerSlot()));
        }
        // bookings at a time no longer on the grid (the slots were changed) still count and show
        counts.forEach((time, cars) -> {
            if (!slots.isSlot(time)) {
                loads.add(new SlotLoad(time, cars, slots.carsPerSlot()));
            }
        });
        loads.sort((a, b) -> a.slot().compareTo(b.slot()));
        return loads;
    }
}
