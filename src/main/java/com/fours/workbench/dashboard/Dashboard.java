package com.fours.workbench.dashboard;

/** The figures of the chosen period with those of the period before and of the same period last year. */
public record Dashboard(DashboardFigures current, DashboardFigures previous, DashboardFigures lastYear) {
}
