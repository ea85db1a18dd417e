package com.fours.workbench.core;

import java.util.Optional;

/**
 * A Chinese motor-vehicle plate number (GA 36-2018): province abbreviation, letter of the issuing
 * office, then a serial of 5 characters (ordinary), 6 (new energy) or 4 followed by a special
 * character such as 学 or 警.
 */
public final class PlateNumber {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final int ORDINARY_LENGTH = 7;
    private static final int NEW_ENERGY_LENGTH = 8;
    private static final int SERIAL_START = 2;
    // D is pure electric, F the others; when a city runs out of D/F numbers the Ministry of Public
    // Security lets it continue with A B C E (pure electric) and G H J K (the others)
    private static final String SMALL_NEW_ENERGY_FIRST = "DABCEFGHJK";
    private static final String LARGE_NEW_ENERGY_LAST = "DF";
    private static final String SEPARATORS = "·•・‧-.";

    private final String province;
    private final String officeCode;
    private final String serial;
    private final PlateKind kind;

    private PlateNumber(String province, String officeCode, String serial, PlateKind kind) {
        this.province = province;
        this.officeCode = officeCode;
        this.serial = serial;
        this.kind = kind;
    }

    /** A plate as typed: spaces, the middle dot, hyphens, full-width forms and lower case are accepted. */
    public static PlateNumber parse(String typed) {
        int[] plate = normalise(typed);
        if (plate.length == 0) {
            throw new InvalidValueException("plate.invalid.empty");
        }
        if (PROVINCES.indexOf(plate[0]) < 0) {
            throw new InvalidValueException("plate.invalid.province", Character.toString(plate[0]));
        }
        if (plate.length < 2) {
            throw new InvalidValueException("plate.invalid.length", plate.length);
        }
        if (!isSerialLetter(plate[1])) {
            throw new InvalidValueException("plate.invalid.office", Character.toString(plate[1]));
        }
        Optional<PlateKind> special = PlateKind.ofSuffix(plate[plate.length - 1]);
        boolean lengthFits = special.isPresent()
                ? plate.length == ORDINARY_LENGTH
                : plate.length == ORDINARY_LENGTH || plate.length == NEW_ENERGY_LENGTH;
        if (!lengthFits) {
            throw new InvalidValueException("plate.invalid.length", plate.length);
        }
        int serialEnd = special.isPresent() ? plate.length - 1 : plate.length;
        for (int i = SERIAL_START; i < serialEnd; i++) {
            int c = plate[i];
            if (c == 'I' || c == 'O') {
                throw new InvalidValueException("plate.invalid.letterIO", Character.toString(c), i + 1);
            }
            if (!isSerialLetter(c) && !isDigit(c)) {
                throw new InvalidValueException("plate.invalid.format", Character.toString(c), i + 1);
            }
        }
        String province = Character.toString(plate[0]);
        String officeCode = Character.toString(plate[1]);
        String serial = new String(plate, SERIAL_START, serialEnd - SERIAL_START);
        PlateKind kind;
        if (special.isPresent()) {
            kind = special.get();
            boolean crossBorder = kind == PlateKind.HONG_KONG || kind == PlateKind.MACAU;
            if (crossBorder && !(province.equals("粤") && officeCode.equals("Z"))) {
                throw new InvalidValueException("plate.invalid.hongKongMacau");
            }
        } else if (plate.length == NEW_ENERGY_LENGTH) {
            kind = newEnergyKind(serial);
        } else {
            kind = PlateKind.ORDINARY;
        }
        return new PlateNumber(province, officeCode, serial, kind);
    }

    private static PlateKind newEnergyKind(String serial) {
        if (SMALL_NEW_ENERGY_FIRST.indexOf(serial.charAt(0)) >= 0 && allDigits(serial.substring(2))) {
            return PlateKind.NEW_ENERGY_SMALL;
        }
        if (allDigits(serial.substring(0, 5)) && LARGE_NEW_ENERGY_LAST.indexOf(serial.charAt(5)) >= 0) {
            return PlateKind.NEW_ENERGY_LARGE;
        }
        throw new InvalidValueException("plate.invalid.newEnergy");
    }

    private static int[] normalise(String typed) {
        if (typed == null) {
            return new int[0];
        }
        return FullWidthForms.toHalfWidth(typed).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && SEPARATORS.indexOf(c) < 0)
                .map(c -> c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c)
                .toArray();
    }

    private static boolean isSerialLetter(int c) {
        return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String text) {
        return text.chars().allMatch(PlateNumber::isDigit);
    }

    /** The province abbreviation, e.g. "粤". */
    public String province() {
        return province;
    }

    /** The letter of the issuing office, e.g. "B" (Shenzhen in 粤). */
    public String officeCode() {
        return officeCode;
    }

    /** The characters after the office letter without a special suffix, e.g. "12345", "D12345", "1234" of 粤B1234学. */
    public String serial() {
        return serial;
    }

    public PlateKind kind() {
        return kind;
    }

    public PlateColor suggestedColor() {
        return kind.suggestedColor();
    }

    /** A stored plate as people read it (粤A·12345); one that does not parse as stored; none as empty. */
    public static String displayOf(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        try {
            return parse(stored).display();
        } catch (RuntimeException unreadable) {
            return stored;
        }
    }

    /** As printed on the plate, e.g. "粤B·12345". */
    public String display() {
        return province + officeCode + "·" + serial + suffix();
    }

    private String suffix() {
        return kind.suffix().map(String::valueOf).orElse("");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlateNumber plate && toString().equals(plate.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** The compact form stored and searched, e.g. "粤B12345". */
    @Override
    public String toString() {
        return province + officeCode + serial + suffix();
    }
}
