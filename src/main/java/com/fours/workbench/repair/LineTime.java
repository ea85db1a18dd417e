package com.fours.workbench.repair;

import java.math.BigDecimal;
import java.util.List;

/**
 * Actual against standard hours of a labour line: the minutes of every technician's stretches
 * (an open stretch counts up to now), in total and per technician.
 */
public record LineTime(long lineId, String description, BigDecimal standardHours, long actualMinutes,
                       List<TechnicianTime> technicians) {

    public LineTime {
        technicians = List.copyOf(technicians);
    }

    public BigDecimal actualHours() {
        return TechnicianTime.hoursOf(actualMinutes);
    }

    /** Actual minus standard hours (positive: slower than the book), 2 decimals; null without standard hours. */
    public BigDecimal variance() {
        return standardHours == null ? null : actualHours().subtract(standardHours).setScale(2);
    }
}
