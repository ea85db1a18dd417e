package com.fours.workbench.safety;

import java.time.LocalDate;
import java.util.List;

/** An emergency drill held (应急演练) with the names of those who took part. */
public record Drill(long id, DrillKind kind, String plan, LocalDate heldOn, int minutes, String findings,
                    String improvements, String recordedBy, List<String> participants) {
}
