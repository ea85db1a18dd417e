package com.fours.workbench.care;

import java.time.Instant;

/** One step of a complaint's record: what was done, by whom, when. */
public record ComplaintStep(long id, long complaintId, ComplaintStepKind kind, String detail, String doneBy,
                            String doneByName, Instant doneAt) {
}
