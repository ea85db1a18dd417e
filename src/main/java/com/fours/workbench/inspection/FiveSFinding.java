package com.fours.workbench.inspection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A finding of an inspection; with an owner, a due day and a state it is a corrective action
 * ({@link #isAction()}).
 */
public record FiveSFinding(long id, long inspectionId, FiveSArea area, LocalDate inspectionDay, String text,
                           Long ownerId, String ownerName, LocalDate dueDay, ActionState state, String doneNote,
                           String doneBy, Instant doneAt, Long verifiedByInspectionId) {

    public boolean isAction() {
        return state != null;
    }

    /** Open past its due day. */
    public boolean overdue(LocalDate today) {
        return state == ActionState.OPEN && dueDay != null && dueDay.isBefore(today);
    }
}
