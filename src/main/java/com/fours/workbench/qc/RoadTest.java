package com.fours.workbench.qc;

import java.time.Instant;

/** A road test (路试) of a repair order: who drove, the odometer before and after, and how it went. */
public record RoadTest(long id, long repairOrderId, String testedBy, int startMileage, int endMileage, boolean passed,
                       String remarks, String recordedBy, Instant recordedAt) {

    public int distance() {
        return endMileage - startMileage;
    }
}
