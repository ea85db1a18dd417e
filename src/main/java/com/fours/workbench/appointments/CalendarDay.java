package com.fours.workbench.appointments;

import java.time.LocalDate;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** A holiday, or a weekend day worked (调休) with the hours of weekday {@code worksAs} (1 = Monday). */
public record CalendarDay(@ColumnName("cal_day") LocalDate day, CalendarDayKind kind, Integer worksAs, String name) {
}
