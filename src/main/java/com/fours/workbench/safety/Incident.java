package com.fours.workbench.safety;

import java.time.Instant;
import java.time.LocalDate;

/** A reported incident or near miss; open until the manager closes it. */
public record Incident(long id, IncidentKind kind, IncidentSeverity severity, String what, String place,
                       Instant happenedAt, String involved, int injured, String cause, String immediate,
                       String corrective, Long ownerId, String ownerName, LocalDate dueOn, String reportedBy,
                       Instant reportedAt, String closedBy, Instant closedAt, String closingNote) {

    static final String COLUMNS = """
            i.id, i.kind, i.severity, i.what, i.place, i.happened_at, i.involved, i.injured, i.cause, i.immediate, \
            i.corrective, i.owner_id, u.display_name AS owner_name, i.due_on, i.reported_by, i.reported_at, \
            i.closed_by, i.closed_at, i.closing_note \
            FROM safety_incident i LEFT JOIN app_user u ON u.id = i.owner_id \
            """;

    public boolean open() {
        return closedAt == null;
    }

    public boolean nearMiss() {
        return kind == IncidentKind.NEAR_MISS;
    }
}
