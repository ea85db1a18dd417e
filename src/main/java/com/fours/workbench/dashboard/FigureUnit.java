package com.fours.workbench.dashboard;

import java.math.BigDecimal;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;

/** How a figure is written; a missing figure is "no data" whatever its unit. */
public enum FigureUnit {
    COUNT,
    MONEY,
    HOURS,
    PERCENT,
    NUMBER;

    /** The unit's name in the bundles. */
    public String key() {
        return switch (this) {
            case COUNT -> "dashboard.unit.COUNT";
            case MONEY -> "dashboard.unit.MONEY";
            case HOURS -> "dashboard.unit.HOURS";
            case PERCENT -> "dashboard.unit.PERCENT";
            case NUMBER -> "dashboard.unit.NUMBER";
        };
    }

    public String format(BigDecimal value, Formats formats, Messages messages) {
        if (value == null) {
            return messages.get("dashboard.noData");
        }
        return switch (this) {
            case COUNT -> formats.count(value.longValue());
            case MONEY -> formats.money(value);
            case HOURS -> messages.get("dashboard.hours", formats.quantity(value));
            case PERCENT -> formats.percent(value);
            case NUMBER -> formats.quantity(value);
        };
    }
}
