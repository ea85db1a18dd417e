package com.fours.workbench.care;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A month of customer care: callbacks due in the month (up to now) and how they stand, the
 * callback rate (reached / due, goal 100%; an unreached callback counts against it), the reach rate
 * (reached / closed in the month), and the CSI of the surveys taken in the month, overall and by
 * advisor, technician and work group (decision 0080).
 */
public record CareFigures(YearMonth month, int due, int reached, int unreachable, BigDecimal callbackRate,
                          int closed, int closedReached, BigDecimal reachRate, Line csi, List<Line> byAdvisor,
                          List<Line> byTechnician, List<Line> byWorkGroup) {

    /** Any period's callbacks due and reached, the callback rate, surveys taken and their CSI (null when none). */
    public record Summary(int due, int reached, BigDecimal callbackRate, int surveys, BigDecimal csi) {
    }

    /** Surveys taken, how many had an unhappy answer, and their CSI (null when none). */
    public record Line(String name, int surveys, int unhappy, BigDecimal csi) {
    }
}
