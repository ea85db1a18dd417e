package com.fours.workbench.appointments.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;

/** How hours and days read on the appointments screens, in the screen's language. */
final class Texts {

    private Texts() {
    }

    static String hours(BigDecimal hours) {
        return Formats.of(Locale.ROOT).quantity(hours);
    }

    static String day(LocalDate day, Messages messages) {
        return Formats.of(messages.locale()).date(day) + " "
                + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, messages.locale());
    }

    static String shortDay(LocalDate day, Messages messages) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, messages.locale()) + " "
                + messages.get("appointments.ui.monthDay", day.getMonthValue(), day.getDayOfMonth());
    }
}
