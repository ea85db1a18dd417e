package com.fours.workbench.inspection;

/** How many corrective actions are open, how many of them past their due day, and how many wait to be verified. */
public record ActionFigures(int open, int overdue, int done) {
}
