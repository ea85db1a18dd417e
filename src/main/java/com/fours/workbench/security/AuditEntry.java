package com.fours.workbench.security;

import java.time.Instant;

/** One row of the audit log: who did what to which record, and how it looked before and after. */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, String action,
                         String subjectType, String subjectId, String beforeValue, String afterValue) {
}
