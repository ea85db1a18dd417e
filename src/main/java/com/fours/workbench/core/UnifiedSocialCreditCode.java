package com.fours.workbench.core;

import java.util.Locale;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the letters without I, O, Z, S, V;
 * the last one is a check character.
 */
public record UnifiedSocialCreditCode(String value) {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        if (value.length() != 18 || computeCheckCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw new IllegalArgumentException("Use parse() for typed input: " + value);
        }
    }

    public static UnifiedSocialCreditCode parse(String typed) {
        String code = FullWidthForms.toHalfWidth(typed == null ? "" : typed).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidValueException("creditCode.invalid.empty");
        }
        if (code.length() != 18) {
            throw new InvalidValueException("creditCode.invalid.length", code.length());
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                throw new InvalidValueException("creditCode.invalid.character", String.valueOf(code.charAt(i)), i + 1);
            }
        }
        char expected = computeCheckCharacter(code.substring(0, 17));
        if (expected != code.charAt(17)) {
            throw new InvalidValueException("creditCode.invalid.checkCharacter");
        }
        return new UnifiedSocialCreditCode(code);
    }

    public static char computeCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                return '?';
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CHARSET.charAt(check);
    }

    @Override
    public String toString() {
        return value;
    }
}
