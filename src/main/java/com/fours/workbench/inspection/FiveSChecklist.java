package com.fours.workbench.inspection;

import java.time.Instant;
import java.util.List;

/** A version of an area's checklist; an inspection keeps the version it was scored on. */
public record FiveSChecklist(long id, FiveSArea area, int versionNo, boolean current, String createdBy,
                             Instant createdAt, List<FiveSItem> items) {

    public FiveSChecklist {
        items = List.copyOf(items);
    }
}
