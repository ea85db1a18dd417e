package com.fours.workbench.customers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

import com.fours.workbench.core.FullWidthForms;

/**
 * What the fragment search matches against, and the pieces (2- to 5-character grams) the index
 * keeps of it. A fragment of three or more characters is found through its rarest gram; a
 * two-character one (粤B, 张伟, ZW) through the 2-grams kept for plates, names and initials.
 * Runs of Latin letters and digits (a plate after its province, a VIN, phone numbers) are kept in
 * 4-grams too, and runs of digits in 5-grams: there are only a thousand digit 3-grams, each in one or
 * two entries of a hundred, and a plate's or VIN's 3-grams are not much rarer, so in a large archive
 * a whole phone number read tens of thousands of candidates and a whole plate a thousand; each
 * longer gram leads to about ten times fewer.
 */
final class SearchText {

    static final int MIN_FRAGMENT = 2;
    static final int LONG_GRAM = 4;
    static final int DIGIT_GRAM = 5;

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
     * runs of letters and digits and the 5-grams of its runs of digits (V3__long_grams.sql adds the
     * same to an archive indexed before).
     */
    static Set<String> grams(List<String> withPairs, List<String> tripletsOnly) {
        Set<String> grams = new LinkedHashSet<>();
        for (String field : withPairs) {
            String value = normalise(field);
            addGrams(grams, value, 2);
            addGrams(grams, value, 3);
            addRunGrams(grams, value);
        }
        for (String field : tripletsOnly) {
            String value = normalise(field);
            addGrams(grams, value, 3);
            addRunGrams(grams, value);
        }
        return grams;
    }

    /**
     * The grams of a fragment that the index is asked for: the longest each piece of it has, which
     * are the rarest (5-grams in a run of digits, 4-grams in a run of letters and digits, else
     * 3-grams); a shorter gram inside a longer one adds nothing.
     */
    static List<String> queryGrams(String normalisedFragment) {
        String q = normalisedFragment;
        if (q.length() < MIN_FRAGMENT) {
            return List.of();
        }
        if (q.length() == 2) {
            return List.of(q);
        }
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + DIGIT_GRAM <= q.length(); i++) {
            if (all(q, i, DIGIT_GRAM, SearchText::isDigit)) {
                grams.add(q.substring(i, i + DIGIT_GRAM));
            }
        }
        for (int i = 0; i + LONG_GRAM <= q.length(); i++) {
            if (all(q, i, LONG_GRAM, SearchText::isLatin) && !inLongerRun(q, i, LONG_GRAM, SearchText::isDigit)) {
                grams.add(q.substring(i, i + LONG_GRAM));
            }
        }
        for (int i = 0; i + 3 <= q.length(); i++) {
            if (!inLongerRun(q, i, 3, SearchText::isLatin)) {
                grams.add(q.substring(i, i + 3));
            }
        }
        return List.copyOf(grams);
    }

    /** Whether the piece is all such characters and so is a neighbour: a longer gram of the run holds it. */
    private static boolean inLongerRun(String value, int from, int length, IntPredicate kind) {
        return all(value, from, length, kind) && (from > 0 && kind.test(value.charAt(from - 1))
                || from + length < value.length() && kind.test(value.charAt(from + length)));
    }

    private static void addRunGrams(Set<String> grams, String value) {
        for (int i = 0; i + LONG_GRAM <= value.length(); i++) {
            if (all(value, i, LONG_GRAM, SearchText::isLatin)) {
                grams.add(value.substring(i, i + LONG_GRAM));
            }
        }
        for (int i = 0; i + DIGIT_GRAM <= value.length(); i++) {
            if (all(value, i, DIGIT_GRAM, SearchText::isDigit)) {
                grams.add(value.substring(i, i + DIGIT_GRAM));
            }
        }
    }

    private static boolean all(String value, int from, int length, IntPredicate kind) {
        for (int i = from; i < from + length; i++) {
            if (!kind.test(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** A digit or an upper-case Latin letter (the text is normalised): what plates, VINs and phones are of. */
    private static boolean isLatin(int c) {
        return isDigit(c) || c >= 'A' && c <= 'Z';
    }

    private static void addGrams(Set<String> grams, String value, int size) {
        for (int i = 0; i + size <= value.length(); i++) {
            grams.add(value.substring(i, i + size));
        }
    }
}
