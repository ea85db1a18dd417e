package com.fours.workbench.repair;

import java.time.Instant;

/** A labour line given to a technician or a work group; {@code endedAt} is set when it was given to someone else. */
public record JobAssignment(long id, long lineId, Long technicianId, String technicianName, Long workGroupId,
                            String workGroupName, String assignedBy, Instant assignedAt, Instant endedAt) {

    /** Who has it, as people read it: the technician's name or the group's. */
    public String assignee() {
        return technicianName != null ? technicianName : workGroupName;
    }

    public boolean current() {
        return endedAt == null;
    }
}
