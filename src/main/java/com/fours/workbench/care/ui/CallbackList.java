package com.fours.workbench.care.ui;

/** Which of the caller's lists is shown. */
public enum CallbackList {
    TODAY,
    OVERDUE,
    UPCOMING,
    DONE
}
