package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jdbi.v3.core.Handle;

/** The figures of a period of bookings: counts by outcome and by day, walk-ins, and each group's use. */
public final class PeriodFigures {

    private PeriodFigures() {
    }

    /**
     * Both days included. Counted in SQL by day, status and channel, and the groups' use from the
     * capacity arithmetic without the arrival slots (decision 0109: no row per booking, no query per day).
     */
    public static AppointmentFigures read(Handle handle, LocalDate from, LocalDate to) {
        List<AppointmentDao.DayOutcome> all = handle.attach(AppointmentDao.class).outcomes(from, to);
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            perDay.put(d, 0);
        }
        int bookings = 0;
        int arrived = 0;
        int noShows = 0;
        int cancelled = 0;
        int walkIns = 0;
        for (AppointmentDao.DayOutcome a : all) {
            AppointmentStatus status = AppointmentStatus.valueOf(a.status());
            if (status == AppointmentStatus.RESCHEDULED) {
                continue; // its successor is counted
            }
            int n = a.bookings();
            bookings += n;
            perDay.merge(a.day(), n, Integer::sum);
            switch (status) {
                case ARRIVED -> arrived += n;
                case NO_SHOW -> noShows += n;
                case CANCELLED -> cancelled += n;
                default -> { }
            }
            if (Channel.valueOf(a.channel()) == Channel.WALK_IN) {
                walkIns += n;
            }
        }
        Map<String, BigDecimal[]> use = new java.util.LinkedHashMap<>();
        for (DayPlan plan : Capacity.plans(handle, from, to, false)) {
            for (GroupDay g : plan.groups()) {
                BigDecimal[] sums = use.computeIfAbsent(g.name(), n -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(g.available());
                sums[1] = sums[1].add(g.booked());
            }
        }
        List<AppointmentFigures.GroupUse> groups = new ArrayList<>();
        use.forEach((name, sums) -> groups.add(new AppointmentFigures.GroupUse(name, sums[0], sums[1])));
        List<AppointmentFigures.DayCount> days = new ArrayList<>();
        perDay.forEach((d, n) -> days.add(new AppointmentFigures.DayCount(d, n)));
        return new AppointmentFigures(from, to, days, bookings, arrived, noShows, cancelled, walkIns, groups);
    }

    /** Each technician's available hours over the days (both included), keyed by user id. */
    public static Map<Long, BigDecimal> availableHours(Handle handle, LocalDate from, LocalDate to) {
        return Capacity.technicianHours(handle, from, to);
    }
}
