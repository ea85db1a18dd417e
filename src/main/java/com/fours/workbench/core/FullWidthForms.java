package com.fours.workbench.core;

/**
 * Chinese input methods in full-width mode type １２３, ＡＢＣ, ．and an ideographic space; on screen
 * they look like ASCII to a clerk, so every parser maps them back before validating.
 */
public final class FullWidthForms {

    private static final char FIRST_FULL_WIDTH = '\uFF01';
    private static final char LAST_FULL_WIDTH = '\uFF5E';
    private static final int OFFSET_TO_ASCII = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private FullWidthForms() {
    }

    public static String toHalfWidth(String text) {
        StringBuilder halfWidth = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_FULL_WIDTH && c <= LAST_FULL_WIDTH) {
                halfWidth.append((char) (c - OFFSET_TO_ASCII));
            } else if (c == IDEOGRAPHIC_SPACE) {
                halfWidth.append(' ');
            } else {
                halfWidth.append(c);
            }
        }
        return halfWidth.toString();
    }
}
