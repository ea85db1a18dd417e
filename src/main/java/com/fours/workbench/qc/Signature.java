package com.fours.workbench.qc;

import java.time.Instant;
import java.util.List;

import com.fours.workbench.security.Role;

/** One level signed in one round: passed, or failed with the reason; who, as what, when. */
public record Signature(long id, long repairOrderId, int roundNo, QcLevel level, boolean passed, String reason, long userId,
                        String username, String displayName, Role signedAs, Instant signedAt, List<ItemOutcome> items) {

    public Signature {
        items = items == null ? List.of() : List.copyOf(items);
    }

    Signature withItems(List<ItemOutcome> outcomes) {
        return new Signature(id, repairOrderId, roundNo, level, passed, reason, userId, username, displayName, signedAs,
                signedAt, outcomes);
    }
}
