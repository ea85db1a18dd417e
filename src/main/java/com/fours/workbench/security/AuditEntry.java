package com.fours.workbench.security;

import java.time.Instant;

/**
 * One row of the audit log: who did what to which record, and how it looked before and after. The
 * subject's name is what people know the record by (a user's name, an order number, a booking's car
 * and time), read when the row is read, or null where the subject has none. {@code actorDisplayName}
 * is the person as people know them, "李娜 (advisor)", or the log-in name as written where the
 * account is unknown.
 */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, String action,
                         String subjectType, String subjectId, String beforeValue, String afterValue,
                         String subjectName, String actorDisplayName) {

    /** The same row, its subject named. */
    public AuditEntry withSubjectName(String name) {
        return new AuditEntry(id, occurredAt, actorId, actorName, action, subjectType, subjectId, beforeValue,
                afterValue, name, actorDisplayName);
    }
}
