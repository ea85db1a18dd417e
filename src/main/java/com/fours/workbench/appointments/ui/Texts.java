package com.fours.workbench.appointments.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;

import com.fours.workbench.core.i18n.Messages;

/** How hours and days read on the appointments screens, in the screen's language. */
final class Texts {

    private Texts() {
    }

    static String hours(BigDecimal hours) {
        BigDecimal stripped = hours.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String day(LocalDate day, Messages messages) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(day) + " "
                + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, messages.locale());
    }

    static String shortDay(LocalDate day, Messages messages) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, messages.locale()) + " "
                + messages.get("appointments.ui.monthDay", day.getMonthValue(), day.getDayOfMonth());
    }
}
