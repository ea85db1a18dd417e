package com.fours.workbench.staff;

import java.time.LocalDate;

/**
 * Where one employee stands on the required plan (rule book 8.1): the induction, due within the
 * first month; a training every quarter. {@code inductionDone} and {@code lastQuarterDone} are the
 * day of the passed training, null when none; {@code behind} when the induction is overdue or the
 * last whole quarter employed had no training.
 */
public record PlanLine(StaffMember member, LocalDate inductionDue, LocalDate inductionDone, LocalDate lastQuarterDone,
                       LocalDate thisQuarterDone, boolean inductionOverdue, boolean lastQuarterMissed) {

    public boolean behind() {
        return inductionOverdue || lastQuarterMissed;
    }
}
