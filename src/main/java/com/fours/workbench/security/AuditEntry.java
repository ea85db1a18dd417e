package com.fours.workbench.security;

import java.time.Instant;

/**
 * One row of the audit log: who did what to which record, and how it looked before and after. The
 * subject's name is what people know the record by (a user's name, an order number), read when the
 * row is read, or null where the subject has none.
 */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, String action,
                         String subjectType, String subjectId, String beforeValue, String afterValue,
                         String subjectName) {
}
