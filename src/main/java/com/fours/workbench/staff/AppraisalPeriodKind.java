package com.fours.workbench.staff;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The appraisal's periods (rule book 8.3.1): a month, a quarter, a year, each whole. */
public enum AppraisalPeriodKind {
    MONTH,
    QUARTER,
    YEAR;

    /** The first day of the period of this kind that holds {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The last day of the period that starts on {@code start}. */
    public LocalDate end(LocalDate start) {
        return switch (this) {
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }
}
