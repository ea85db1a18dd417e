package com.fours.workbench.core;

import java.util.Locale;

/** What a person means when they type: full-width forms and stray spaces are not mistakes. */
public final class Normalise {

    private Normalise() {
    }

    /** Full-width ASCII (Ｕ＋FF01..FF5E) and the ideographic space become their plain forms. */
    public static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static String halfWidthUpperNoSpaces(String s) {
        return halfWidth(s).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
