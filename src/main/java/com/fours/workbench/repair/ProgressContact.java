package com.fours.workbench.repair;

import java.time.Instant;

/**
 * A progress call or message: reached or not, what was said, and when the car will be late the new
 * promised time with its reason (both null otherwise).
 */
public record ProgressContact(long id, long repairOrderId, ProgressChannel channel, boolean reached, String whatWasSaid,
                              Instant newPromisedAt, String reason, String recordedBy, Instant recordedAt) {
}
