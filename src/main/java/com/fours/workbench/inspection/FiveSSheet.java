package com.fours.workbench.inspection;

import java.util.List;
import java.util.Map;

/** An inspection with the checklist version it was scored on, its scores by item id, findings and photos. */
public record FiveSSheet(FiveSInspection inspection, FiveSChecklist checklist, Map<Long, Integer> scores,
                         List<FiveSFinding> findings, List<FiveSPhoto> photos) {

    public FiveSSheet {
        scores = Map.copyOf(scores);
        findings = List.copyOf(findings);
        photos = List.copyOf(photos);
    }
}
