package com.fours.workbench.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A period of the dashboard, both days included, and the two it is compared with. A period that
 * starts on the first of a month moves by whole months (November 1-30 against October 1-31; December
 * 1-7 against November 1-7; a year to date against the year before), any other by its own length.
 */
public record DashboardPeriod(LocalDate from, LocalDate to) {

    public static DashboardPeriod month(YearMonth month) {
        return new DashboardPeriod(month.atDay(1), month.atEndOfMonth());
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period just before: the months before, or as many days before. */
    public DashboardPeriod previous() {
        if (from.getDayOfMonth() == 1) {
            return shiftedMonths(months());
        }
        return new DashboardPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** The same days a year earlier (a month's end stays its end: February 28 or 29). */
    public DashboardPeriod lastYear() {
        return shiftedMonths(12);
    }

    /** True when the period is more than a quarter long: its daily figures are shown by month. */
    public boolean byMonth() {
        return days() > 92;
    }

    private long months() {
        return ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
    }

    private DashboardPeriod shiftedMonths(long months) {
        LocalDate start = from.minusMonths(months);
        boolean monthEnd = to.equals(YearMonth.from(to).atEndOfMonth());
        LocalDate end = monthEnd ? YearMonth.from(to).minusMonths(months).atEndOfMonth() : to.minusMonths(months);
        return new DashboardPeriod(start, end);
    }
}
