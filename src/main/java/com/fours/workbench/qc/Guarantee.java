package com.fours.workbench.qc;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

import com.fours.workbench.repair.RepairCategory;

/**
 * The guarantee of one repair order: from the exit date and the odometer at exit, so many days
 * and so many km, whichever comes first. Days are counted as the civil code counts them (民法典
 * 第二百零一条: the day of exit does not count), so 10 days from an exit on 1 March last through
 * 11 March; the km limit is reached, not passed, at exit + km.
 */
public record Guarantee(RepairCategory category, int days, int km, LocalDate exitDate, int exitMileage) {

    /** The last day inside the guarantee. */
    public LocalDate until() {
        return exitDate.plusDays(days);
    }

    /** The last odometer reading inside the guarantee. */
    public int untilKm() {
        return exitMileage + km;
    }

    /** Whether a car seen on {@code date} with {@code mileage} on the odometer is still inside. */
    public boolean covers(LocalDate date, int mileage) {
        return covers(until(), untilKm(), date, mileage);
    }

    static boolean covers(LocalDate until, int untilKm, LocalDate date, int mileage) {
        return !date.isAfter(until) && mileage <= untilKm;
    }

    /**
     * The order's guarantee from the periods of its charged lines' categories: the longest days
     * and the longest km among them (a store period may be longer in one and not the other; the
     * customer gets the better of each). No category at all counts as a minor repair.
     */
    public static Guarantee of(Collection<GuaranteePeriod> periods, LocalDate exitDate, int exitMileage) {
        if (periods.isEmpty()) {
            GuaranteePeriod minor = GuaranteePeriod.statutory(RepairCategory.MINOR_REPAIR);
            return new Guarantee(minor.category(), minor.days(), minor.km(), exitDate, exitMileage);
        }
        GuaranteePeriod longest = periods.stream()
                .max(Comparator.comparingInt(GuaranteePeriod::days).thenComparingInt(GuaranteePeriod::km)).orElseThrow();
        int km = periods.stream().mapToInt(GuaranteePeriod::km).max().orElseThrow();
        return new Guarantee(longest.category(), longest.days(), km, exitDate, exitMileage);
    }
}
