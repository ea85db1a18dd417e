package com.fours.workbench.safety;

import java.time.YearMonth;
import java.util.List;

import com.fours.workbench.staff.StaffMember;

/**
 * The year's safety figures: training coverage (staff with a safety training this year / all active
 * staff) and who is not trained, incidents per month and kind, drills held against the plan.
 */
public record SafetyFigures(int year, int staff, int trained, List<StaffMember> notTrained,
                            List<MonthCount> incidents, int drillsHeld, int drillsPlanned) {

    /** Incidents of one kind reported as happening in one month. */
    public record MonthCount(YearMonth month, IncidentKind kind, int count) {
    }

    /** Trained / staff in percent, whole; 0 with no staff. */
    public int coveragePercent() {
        return staff == 0 ? 0 : Math.round(trained * 100f / staff);
    }
}
