package com.fours.workbench.core;

import java.util.Optional;
import java.util.regex.Pattern;

/** A mainland China phone number: a mobile, or a landline with its area code and perhaps an extension. */
public final class PhoneNumber {

    private static final int MOBILE_LENGTH = 11;
    private static final Pattern EXTENSION_WORD = Pattern.compile("(?i)ext\\.?");
    private static final Pattern EXTENSION = Pattern.compile("\\d{1,6}");
    private static final String EXTENSION_MARK = "转";
    private static final String HYPHENS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
    private static final String MASK = "****";

    private final PhoneKind kind;
    private final String areaCode;
    private final String number;
    private final String extension;

    private PhoneNumber(PhoneKind kind, String areaCode, String number, String extension) {
        this.kind = kind;
        this.areaCode = areaCode;
        this.number = number;
        this.extension = extension;
    }

    /**
     * A number as typed: spaces, hyphens, parentheses, full-width forms, +86 / 0086 / 86 in front,
     * and for a landline an extension after "-", "转" or "ext".
     */
    public static PhoneNumber parse(String typed) {
        String text = typed == null ? "" : normaliseSymbols(typed);
        if (text.codePoints().allMatch(c -> isSpace(c) || c == '-' || c == '(' || c == ')')) {
            throw new InvalidValueException("phone.invalid.empty");
        }
        for (int c : text.codePoints().toArray()) {
            if (!(isDigit(c) || isSpace(c) || "-()+".indexOf(c) >= 0 || EXTENSION_MARK.indexOf(c) >= 0)) {
                throw new InvalidValueException("phone.invalid.character", Character.toString(c));
            }
        }
        String[] numberAndExtension = text.split(EXTENSION_MARK, -1);
        if (numberAndExtension.length > 2) {
            throw new InvalidValueException("phone.invalid.format");
        }
        String typedExtension = numberAndExtension.length == 2 ? withoutSeparators(numberAndExtension[1]) : null;
        String main = withoutSpacesAndParentheses(numberAndExtension[0]);

        boolean countryCodeGiven = false;
        if (main.startsWith("+86") || main.startsWith("0086")) {
            main = main.substring(main.startsWith("+") ? 3 : 4);
            main = main.startsWith("-") ? main.substring(1) : main;
            countryCodeGiven = true;
        }
        if (main.contains("+")) {
            throw new InvalidValueException("phone.invalid.format");
        }
        String[] groups = main.split("-", -1);
        for (String group : groups) {
            if (group.isEmpty()) {
                throw new InvalidValueException("phone.invalid.format");
            }
        }
        String digits = String.join("", groups);
        if (!countryCodeGiven && digits.length() == MOBILE_LENGTH + 2 && digits.startsWith("861")) {
            return mobile(digits.substring(2), typedExtension);
        }
        if (countryCodeGiven && digits.charAt(0) != '0' && !digits.matches("1[3-9].*")) {
            // in international form a landline drops the trunk 0 of its area code: +86 755 ..., +86 10 ...
            digits = "0" + digits;
            groups[0] = "0" + groups[0];
        }
        if (digits.charAt(0) == '1') {
            return mobile(digits, typedExtension);
        }
        if (digits.charAt(0) == '0') {
            return landline(digits, groups, typedExtension);
        }
        throw new InvalidValueException("phone.invalid.format");
    }

    private static PhoneNumber mobile(String digits, String extension) {
        if (extension != null) {
            throw new InvalidValueException("phone.invalid.format");
        }
        if (digits.length() != MOBILE_LENGTH || digits.charAt(1) < '3') {
            throw new InvalidValueException("phone.invalid.mobile");
        }
        return new PhoneNumber(PhoneKind.MOBILE, "", digits, "");
    }

    private static PhoneNumber landline(String digits, String[] groups, String typedExtension) {
        int areaLength = areaCodeLength(digits);
        if (areaLength < 0 || digits.length() <= areaLength) {
            throw new InvalidValueException("phone.invalid.landline");
        }
        int numberEnd = digits.length();
        String extension = typedExtension;
        if (extension == null && groups.length > 1) {
            // a hyphen after a complete local number starts an extension: 0755-82345678-123
            String lastGroup = groups[groups.length - 1];
            int lastHyphen = digits.length() - lastGroup.length();
            if (isLocalLength(lastHyphen - areaLength)) {
                numberEnd = lastHyphen;
                extension = lastGroup;
            }
        }
        String local = digits.substring(areaLength, numberEnd);
        if (!isLocalLength(local.length()) || local.charAt(0) == '0' || local.charAt(0) == '1') {
            throw new InvalidValueException("phone.invalid.landline");
        }
        if (extension != null && !EXTENSION.matcher(extension).matches()) {
            throw new InvalidValueException("phone.invalid.landline");
        }
        return new PhoneNumber(PhoneKind.LANDLINE, digits.substring(0, areaLength), local,
                extension == null ? "" : extension);
    }

    /** 010 (Beijing) and 02X are three digits, every other area code is 0 and three digits. */
    private static int areaCodeLength(String digits) {
        if (digits.length() < 3) {
            return -1;
        }
        if (digits.startsWith("010") || digits.startsWith("02")) {
            return 3;
        }
        return digits.charAt(1) >= '3' ? 4 : -1;
    }

    private static boolean isLocalLength(int length) {
        return length == 7 || length == 8;
    }

    private static String normaliseSymbols(String typed) {
        StringBuilder text = new StringBuilder();
        FullWidthForms.toHalfWidth(typed).codePoints()
                .map(c -> HYPHENS.indexOf(c) >= 0 ? '-' : c)
                .forEach(text::appendCodePoint);
        return EXTENSION_WORD.matcher(text).replaceAll(EXTENSION_MARK).strip();
    }

    private static String withoutSpacesAndParentheses(String text) {
        StringBuilder result = new StringBuilder();
        text.codePoints().filter(c -> !isSpace(c) && c != '(' && c != ')').forEach(result::appendCodePoint);
        return result.toString();
    }

    private static String withoutSeparators(String text) {
        return withoutSpacesAndParentheses(text).replace("-", "");
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    public PhoneKind kind() {
        return kind;
    }

    /** Canonical digits without the extension: "13812345678", "075582345678". */
    public String digits() {
        return areaCode + number;
    }

    /** Empty for a mobile. */
    public Optional<String> areaCode() {
        return areaCode.isEmpty() ? Optional.empty() : Optional.of(areaCode);
    }

    public Optional<String> extension() {
        return extension.isEmpty() ? Optional.empty() : Optional.of(extension);
    }

    /** "138 1234 5678", "0755-82345678", "0755-82345678-123". */
    public String display() {
        if (kind == PhoneKind.MOBILE) {
            return number.substring(0, 3) + " " + number.substring(3, 7) + " " + number.substring(7);
        }
        return areaCode + "-" + number + (extension.isEmpty() ? "" : "-" + extension);
    }

    /** For lists shown to roles that need no phone numbers: "138****5678", "0755-****5678". */
    public String masked() {
        if (kind == PhoneKind.MOBILE) {
            return number.substring(0, 3) + MASK + lastFour();
        }
        return areaCode + "-" + MASK + lastFour();
    }

    /** What a customer says to identify themselves ("the number ending in 5678"). */
    public String lastFour() {
        return number.substring(number.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber phone && digits().equals(phone.digits()) && extension.equals(phone.extension);
    }

    @Override
    public int hashCode() {
        return digits().hashCode() * 31 + extension.hashCode();
    }

    @Override
    public String toString() {
        return display();
    }
}
