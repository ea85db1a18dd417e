package com.fours.workbench.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An inspection of an area on a day; {@code total} is the weighted score in percent. */
public record FiveSInspection(long id, long checklistId, int versionNo, FiveSArea area, LocalDate inspectionDay,
                              String inspector, String remarks, BigDecimal total, String recordedBy,
                              Instant recordedAt) {
}
