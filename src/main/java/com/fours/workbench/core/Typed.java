package com.fours.workbench.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading dates, whole numbers and short texts the way a clerk (or a spreadsheet) writes them: the
 * archive, the warehouse and their imports read typed values through this one parser.
 */
public final class Typed {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private Typed() {
    }

    public static String clean(String typed) {
        return typed == null ? "" : FullWidthForms.toHalfWidth(typed).strip();
    }

    /**
     * Empty input is null; text longer than {@code max} is refused, not cut, and so is text with a
     * control character or an invisible direction override (U+202E and kin), which can make a name
     * read differently on a print than it was stored.
     */
    public static String optionalText(String typed, int max) {
        return checked(clean(typed), max, false);
    }

    /**
     * As {@link #optionalText}, for notes and complaints: prose kept as it was typed (a Chinese
     * "，" stays one, unlike in names and codes), line breaks and tabs included.
     */
    public static String optionalMultilineText(String typed, int max) {
        String value = typed == null ? "" : typed.replace("\r\n", "\n").strip();
        return checked(value, max, true);
    }

    /** One line of prose (a reason, a call note, a requested item), kept as it was typed; empty is null. */
    public static String optionalLineText(String typed, int max) {
        return checked(typed == null ? "" : typed.strip(), max, false);
    }

    public static String requiredMultilineText(String typed, int max) {
        String value = optionalMultilineText(typed, max);
        if (value == null) {
            throw new InvalidValueException("field.required");
        }
        return value;
    }

    private static String checked(String value, int max, boolean multiline) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) { // UTF-16 units, as H2 counts a VARCHAR's length; PostgreSQL counts fewer
            throw new InvalidValueException("field.tooLong", max);
        }
        value.codePoints().filter(c -> !isAllowed(c, multiline)).findFirst().ifPresent(c -> {
            throw new InvalidValueException("field.invalidCharacter", String.format("U+%04X", c));
        });
        return value;
    }

    /** Whether a character may be stored in free text: no control, direction or unassigned characters. */
    public static boolean isAllowed(int c, boolean multiline) {
        if (multiline && (c == '\n' || c == '\t')) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> false;
            case Character.FORMAT -> c == 0x200D; // the zero-width joiner inside emoji sequences
            default -> true;
        };
    }

    public static String requiredText(String typed, int max) {
        String value = optionalText(typed, max);
        if (value == null) {
            throw new InvalidValueException("field.required");
        }
        return value;
    }

    /** 2023-05-01, 2023/5/1, 2023.5.1 or 2023年5月1日; empty is null. */
    public static LocalDate optionalDate(String typed) {
        String value = clean(typed);
        if (value.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            throw new InvalidValueException("date.invalid.format", value);
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new InvalidValueException("date.invalid.day", value);
        }
    }

    /** A whole number such as 12,345 or 12345 km; empty is null. */
    public static Integer optionalWholeNumber(String typed, int max) {
        String value = clean(typed).replace(",", "").replace("，", "").replaceAll("(?i)\\s*(km|公里)$", "");
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{1,9}")) {
            throw new InvalidValueException("number.invalid.whole", clean(typed));
        }
        int number = Integer.parseInt(value);
        if (number > max) {
            throw new InvalidValueException("number.invalid.tooLarge", max);
        }
        return number;
    }
}
