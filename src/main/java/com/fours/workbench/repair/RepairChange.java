package com.fours.workbench.repair;

import java.time.Instant;

/** One saved change to a repair order: the version it made, what it did, to what, by whom and when. */
public record RepairChange(long repairOrderId, int version, ChangeKind kind, String subject, String changedBy,
                           Instant changedAt) {
}
