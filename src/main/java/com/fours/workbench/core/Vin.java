package com.fours.workbench.core;

import java.time.Clock;
import java.time.Year;
import java.util.Optional;

/** A vehicle identification number (GB 16735, as ISO 3779): 17 characters with a check digit at position 9. */
public final class Vin {

    private static final int LENGTH = 17;
    private static final int CHECK_DIGIT_INDEX = 8;
    private static final int MODEL_YEAR_INDEX = 9;
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    // the codes in order from 1980; after 30 years the cycle starts again (A = 1980, 2010, 2040)
    private static final String MODEL_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private static final int FIRST_MODEL_YEAR = 1980;
    private static final int MODEL_YEAR_CYCLE = MODEL_YEAR_CODES.length();

    private final String value;

    private Vin(String value) {
        this.value = value;
    }

    /** A VIN as typed or scanned: spaces and hyphens, full-width forms and lower case are accepted. */
    public static Vin parse(String typed) {
        String vin = normalise(typed);
        if (vin.isEmpty()) {
            throw new InvalidValueException("vin.invalid.empty");
        }
        int[] characters = vin.codePoints().toArray();
        if (characters.length != LENGTH) {
            throw new InvalidValueException("vin.invalid.length", characters.length);
        }
        for (int i = 0; i < LENGTH; i++) {
            int c = characters[i];
            if (c == 'I' || c == 'O' || c == 'Q') {
                throw new InvalidValueException("vin.invalid.letterIOQ", Character.toString(c), i + 1);
            }
            if (transliterate(c) < 0) {
                throw new InvalidValueException("vin.invalid.character", Character.toString(c), i + 1);
            }
        }
        char expected = computeCheckDigit(vin);
        char found = vin.charAt(CHECK_DIGIT_INDEX);
        if (found != expected) {
            throw new InvalidValueException("vin.invalid.checkDigit", String.valueOf(expected), String.valueOf(found));
        }
        return new Vin(vin);
    }

    /**
     * The check digit for 17 upper-case VIN characters; whatever stands at position 9 is ignored
     * (its weight is 0), so a generator can pass a placeholder there.
     */
    public static char computeCheckDigit(String seventeenChars) {
        if (seventeenChars.length() != LENGTH) {
            throw new IllegalArgumentException("A VIN has 17 characters: " + seventeenChars);
        }
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (i == CHECK_DIGIT_INDEX) {
                continue;
            }
            int value = transliterate(seventeenChars.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Not a VIN character at position " + (i + 1) + ": " + seventeenChars);
            }
            sum += value * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    private static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder vin = new StringBuilder(typed.length());
        FullWidthForms.toHalfWidth(typed).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-')
                .map(c -> c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c)
                .forEach(vin::appendCodePoint);
        return vin.toString();
    }

    /** The value of a VIN character in the check-digit sum, or -1 if it is not a VIN character. */
    private static int transliterate(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'H') {
            return c - 'A' + 1;
        }
        if (c >= 'J' && c <= 'N') {
            return c - 'J' + 1;
        }
        if (c == 'P') {
            return 7;
        }
        if (c == 'R') {
            return 9;
        }
        if (c >= 'S' && c <= 'Z') {
            return c - 'S' + 2;
        }
        return -1;
    }

    /** World manufacturer identifier: the first three characters. */
    public String wmi() {
        return value.substring(0, 3);
    }

    /** Empty for a first character no region was given (0). */
    public Optional<VinRegion> region() {
        return VinRegion.ofFirstCharacter(value.charAt(0));
    }

    /** Empty for a country outside the short list a Chinese dealer needs. */
    public Optional<VinCountry> country() {
        return VinCountry.ofWmi(wmi());
    }

    public Optional<VinManufacturer> manufacturer() {
        return VinManufacturer.ofWmi(wmi());
    }

    /**
     * The model year from position 10. A code stands for a year every 30 years; the newest one
     * that is not after next year is meant, because next year's models are sold from mid-year.
     * Empty when position 10 is not a year code (some makers outside North America and China
     * put other data there).
     */
    public Optional<Year> modelYear(Year currentYear) {
        int index = MODEL_YEAR_CODES.indexOf(value.charAt(MODEL_YEAR_INDEX));
        if (index < 0) {
            return Optional.empty();
        }
        int earliest = FIRST_MODEL_YEAR + index;
        int latestPossible = currentYear.getValue() + 1;
        if (latestPossible < earliest) {
            return Optional.empty();
        }
        int cyclesSinceEarliest = (latestPossible - earliest) / MODEL_YEAR_CYCLE;
        return Optional.of(Year.of(earliest + cyclesSinceEarliest * MODEL_YEAR_CYCLE));
    }

    public Optional<Year> modelYear(Clock clock) {
        return modelYear(Year.now(clock));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Vin vin && value.equals(vin.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The 17 characters, e.g. "LSVAU2187N2123456". */
    @Override
    public String toString() {
        return value;
    }
}
