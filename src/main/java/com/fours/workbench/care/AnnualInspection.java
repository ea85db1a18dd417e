package com.fours.workbench.care;

import java.time.LocalDate;

/**
 * When a private passenger car's annual inspection (年检) is due, counted from its first
 * registration, as the rules since 2022 have it: every two years in the first ten (the sixth and
 * tenth on site, the others a sticker applied for online), every year from ten to fifteen, every six
 * months after fifteen. The due day is the anniversary of the registration.
 */
public final class AnnualInspection {

    private AnnualInspection() {
    }

    /** The first due day on or after {@code from}; null for a car registered after {@code from}'s horizon. */
    public static LocalDate nextDue(LocalDate firstRegistration, LocalDate from) {
        for (int months = 24; months <= 12 * 60; months += step(months)) {
            LocalDate due = firstRegistration.plusMonths(months);
            if (!due.isBefore(from)) {
                return due;
            }
        }
        return null;
    }

    private static int step(int monthsSinceRegistration) {
        if (monthsSinceRegistration < 120) {
            return 24;
        }
        return monthsSinceRegistration < 180 ? 12 : 6;
    }
}
