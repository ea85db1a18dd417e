package com.fours.workbench.customers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fours.workbench.core.FullWidthForms;

/**
 * What the fragment search matches against, and the pieces (2-, 3- and 4-character grams) the
 * index keeps of it. A fragment of three or more characters is found through its rarest gram; a
 * two-character one (粤B, 张伟, ZW) through the 2-grams kept for plates, names and initials.
 * Runs of Latin letters and digits (a plate after its province, a VIN, phone numbers) are kept in
 * 4-grams too: there are only a thousand digit 3-grams, each in one or two entries of a hundred, and
 * a plate's or VIN's 3-grams are not much rarer, so in a large archive a whole phone number read
 * tens of thousands of candidates and a whole plate a thousand; their 4-grams lead to ten times fewer.
 */
final class SearchText {

    static final int MIN_FRAGMENT = 2;
    static final int LONG_GRAM = 4;

    private SearchText() {
    }

    /** What a person types, made comparable: half-width, upper case, no spaces, dots or dashes. */
    static String normalise(String fragment) {
        if (fragment == null) {
            return "";
        }
        return FullWidthForms.toHalfWidth(fragment).toUpperCase(Locale.ROOT).replaceAll("[\\s·•.\\-]", "");
    }

    /** The searchable fields of one entry, joined by spaces so no fragment spans two of them. */
    static String haystack(List<String> withPairs, List<String> tripletsOnly) {
        StringBuilder out = new StringBuilder();
        for (String field : withPairs) {
            append(out, field);
        }
        for (String field : tripletsOnly) {
            append(out, field);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String field) {
        String value = normalise(field);
        if (!value.isEmpty()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(value);
        }
    }

    /**
     * Plates, names and initials are searched from two characters on; VINs and phone numbers from
     * three (two digits match half the archive and help nobody). Every field adds the 4-grams of its
     * runs of letters and digits (V3__long_grams.sql adds the same to an archive indexed before).
     */
    static Set<String> grams(List<String> withPairs, List<String> tripletsOnly) {
        Set<String> grams = new LinkedHashSet<>();
        for (String field : withPairs) {
            String value = normalise(field);
            addGrams(grams, value, 2);
            addGrams(grams, value, 3);
            addLongGrams(grams, value);
        }
        for (String field : tripletsOnly) {
            String value = normalise(field);
            addGrams(grams, value, 3);
            addLongGrams(grams, value);
        }
        return grams;
    }

    /** The grams of a fragment that the index is asked for. */
    static List<String> queryGrams(String normalisedFragment) {
        if (normalisedFragment.length() < MIN_FRAGMENT) {
            return List.of();
        }
        if (normalisedFragment.length() == 2) {
            return List.of(normalisedFragment);
        }
        Set<String> grams = new LinkedHashSet<>();
        addLongGrams(grams, normalisedFragment);
        for (int i = 0; i + 3 <= normalisedFragment.length(); i++) {
            // a 3-gram inside a run of four or more letters and digits lies in one of its 4-grams,
            // which are rarer
            boolean inLongerRun = allLatin(normalisedFragment, i, 3)
                    && (i > 0 && isLatin(normalisedFragment.charAt(i - 1))
                        || i + 3 < normalisedFragment.length() && isLatin(normalisedFragment.charAt(i + 3)));
            if (!inLongerRun) {
                grams.add(normalisedFragment.substring(i, i + 3));
            }
        }
        return List.copyOf(grams);
    }

    private static void addLongGrams(Set<String> grams, String value) {
        for (int i = 0; i + LONG_GRAM <= value.length(); i++) {
            if (allLatin(value, i, LONG_GRAM)) {
                grams.add(value.substring(i, i + LONG_GRAM));
            }
        }
    }

    private static boolean allLatin(String value, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (!isLatin(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A digit or an upper-case Latin letter (the text is normalised): what plates, VINs and phones are of. */
    private static boolean isLatin(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }

    private static void addGrams(Set<String> grams, String value, int size) {
        for (int i = 0; i + size <= value.length(); i++) {
            grams.add(value.substring(i, i + size));
        }
    }
}
