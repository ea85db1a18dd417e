package com.fours.workbench.appointments;

import java.time.LocalDate;

/** A holiday, or a weekend day worked (调休) with the hours of weekday {@code worksAs} (1 = Monday). */
public record CalendarDay(LocalDate day, CalendarDayKind kind, Integer worksAs, String name) {
}
