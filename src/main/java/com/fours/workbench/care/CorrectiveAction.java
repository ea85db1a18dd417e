package com.fours.workbench.care;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What changes because of a closed complaint (持续改进): what, who, by when, and whether it is done;
 * once done, who did it, on which day and what was done ({@code doneAt}/{@code doneBy}: who recorded it).
 */
public record CorrectiveAction(long id, long complaintId, String complaintNumber, String what, String who,
                               LocalDate dueOn, Instant doneAt, String doneBy, String createdBy, Instant createdAt,
                               int version, LocalDate doneOn, String doneWho, String doneNote) {

    public boolean done() {
        return doneAt != null;
    }

    /** Not done and its day has passed. */
    public boolean overdue(LocalDate today) {
        return !done() && dueOn.isBefore(today);
    }
}
