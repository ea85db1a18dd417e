package com.fours.workbench.care;

/** Which corrective actions the manager's list shows. */
public enum CorrectiveActionFilter {
    OPEN,
    OVERDUE,
    DONE
}
