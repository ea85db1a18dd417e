package com.fours.workbench.qc;

import com.fours.workbench.repair.RepairCategory;

/** Work that needs a road test before the final check: a repair category, or one labour operation. */
public record RoadTestRule(long id, RepairCategory category, Long operationId, String operationCode,
                           String operationName) {
}
