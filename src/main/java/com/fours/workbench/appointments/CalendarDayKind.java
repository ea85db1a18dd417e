package com.fours.workbench.appointments;

/** An exception to the store's usual week: a holiday, or a weekend day worked instead (调休). */
public enum CalendarDayKind {
    CLOSED,
    WORKING
}
