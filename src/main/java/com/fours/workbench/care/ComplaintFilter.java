package com.fours.workbench.care;

/** The complaint lists: all open, the overdue ones, the user's own open ones, closed in the last 90 days. */
public enum ComplaintFilter {
    OPEN,
    OVERDUE,
    MINE,
    CLOSED
}
