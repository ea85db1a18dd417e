package com.fours.workbench.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date and time typed at the counter, the one way every form reads one: "2026-12-07 17:30",
 * "2026/12/7 9:05", full-width digits and colon from a Chinese input method, or a time alone
 * ("17:30"), which falls on the day the form is about (the day the car came in, today).
 */
public final class TypedMoment {

    private static final Pattern TIME_ONLY = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-M-d H:mm").withResolverStyle(ResolverStyle.STRICT);

    private TypedMoment() {
    }

    /**
     * The moment typed, or null when nothing was typed.
     *
     * @throws DateTimeException when the text is not a date and time (or a time) that exists
     */
    public static LocalDateTime parse(String typed, LocalDate day) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = FullWidthForms.toHalfWidth(typed).strip().replace('/', '-').replace('T', ' ')
                .replaceAll("\\s+", " ");
        Matcher time = TIME_ONLY.matcher(text);
        if (time.matches()) {
            return day.atTime(LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2))));
        }
        return LocalDateTime.parse(text, DATE_TIME);
    }
}
