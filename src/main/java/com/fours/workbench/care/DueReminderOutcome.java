package com.fours.workbench.care;

/** What a call from a due list came to. */
public enum DueReminderOutcome {
    BOOKED,
    REMINDED,
    DONE_ELSEWHERE,
    NOT_REACHED,
    DECLINED
}
