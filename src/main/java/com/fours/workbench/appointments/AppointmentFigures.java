package com.fours.workbench.appointments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * What the service manager reads off a period: bookings per day, how many came (show rate, of the
 * bookings whose day has passed or who arrived), the share of walk-ins, and how much of each
 * group's available hours was booked.
 */
public record AppointmentFigures(LocalDate from, LocalDate to, List<DayCount> perDay, int bookings, int arrived,
                                 int noShows, int cancelled, int walkIns, List<GroupUse> groups) {

    public record DayCount(LocalDate day, int bookings) {
    }

    public record GroupUse(String name, BigDecimal available, BigDecimal booked) {

        /** Booked as a percentage of available, one decimal; empty when the group had no hours. */
        public BigDecimal percent() {
            return available.signum() == 0 ? BigDecimal.ZERO
                    : booked.multiply(BigDecimal.valueOf(100)).divide(available, 1, RoundingMode.HALF_UP);
        }
    }

    /** Arrived of those who arrived or did not show, in percent, one decimal. */
    public BigDecimal showRate() {
        return percent(arrived, arrived + noShows);
    }

    public BigDecimal walkInShare() {
        return percent(walkIns, bookings);
    }

    /** Average bookings per day that had any. */
    public BigDecimal averagePerDay() {
        long days = perDay.stream().filter(d -> d.bookings() > 0).count();
        return days == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(bookings).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
