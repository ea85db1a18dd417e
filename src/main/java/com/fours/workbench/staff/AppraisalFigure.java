package com.fours.workbench.staff;

import java.math.BigDecimal;

import com.fours.workbench.dashboard.FigureUnit;

/** One figure of an appraisal, named by {@code key} ({@code staff.figure.<key>}); a null value is "no data". */
public record AppraisalFigure(String key, FigureUnit unit, BigDecimal value) {

    public String messageKey() {
        return "staff.figure." + key;
    }
}
