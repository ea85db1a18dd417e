package com.fours.workbench.care;

import java.time.Instant;
import java.time.LocalDate;

/** What changes because of a closed complaint (持续改进): what, who, by when, and whether it is done. */
public record CorrectiveAction(long id, long complaintId, String complaintNumber, String what, String who,
                               LocalDate dueOn, Instant doneAt, String doneBy, String createdBy, Instant createdAt,
                               int version) {

    public boolean done() {
        return doneAt != null;
    }
}
