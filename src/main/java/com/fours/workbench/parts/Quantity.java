package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.util.Locale;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.FullWidthForms;
import com.fours.workbench.core.InvalidValueException;

/**
 * Quantities of stock: at most three decimals (millilitres of oil), and none at all for a part
 * counted in whole units. Negative quantities are never typed: the movement type gives the sign.
 */
public final class Quantity {

    public static final int SCALE = 3;
    /** DECIMAL(12,3) in the database: a quantity typed, and a balance after a movement. */
    public static final BigDecimal MAX = new BigDecimal("999999999");

    private Quantity() {
    }

    /** A quantity a person typed (full-width digits and the Chinese full stop accepted); zero is refused. */
    public static BigDecimal parse(String typed, PartUnit unit) {
        BigDecimal value = parseAllowingZero(typed, unit);
        if (value.signum() == 0) {
            throw new InvalidValueException("quantity.invalid.zero");
        }
        return value;
    }

    /** As {@link #parse} but zero is a valid answer (a reorder point, a count of an empty bin). */
    public static BigDecimal parseAllowingZero(String typed, PartUnit unit) {
        String text = typed == null ? "" : FullWidthForms.toHalfWidth(typed).replace('。', '.').replace(",", "").strip();
        if (text.isEmpty()) {
            throw new InvalidValueException("quantity.invalid.empty");
        }
        if (text.startsWith("-") || text.startsWith("\u2212")) {
            throw new InvalidValueException("quantity.invalid.negative");
        }
        if (!text.matches("\\d+(\\.\\d*)?|\\.\\d+")) {
            throw new InvalidValueException("quantity.invalid.format", typed.strip());
        }
        return check(new BigDecimal(text), unit);
    }

    /** Checks a quantity computed or read by code (non-negative, whole where the unit is whole). */
    public static BigDecimal check(BigDecimal value, PartUnit unit) {
        return check(value, unit.whole());
    }

    public static BigDecimal check(BigDecimal value, boolean wholeUnits) {
        if (value == null) {
            throw new InvalidValueException("quantity.invalid.empty");
        }
        if (value.signum() < 0) {
            throw new InvalidValueException("quantity.invalid.negative");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (wholeUnits && stripped.scale() > 0) {
            throw new InvalidValueException("quantity.invalid.fraction", value.toPlainString());
        }
        if (stripped.scale() > SCALE) {
            throw new InvalidValueException("quantity.invalid.tooManyDecimals");
        }
        if (value.compareTo(MAX) > 0) {
            throw new InvalidValueException("quantity.invalid.tooLarge");
        }
        return value.setScale(SCALE);
    }

    /** How a quantity is shown: 4 for whole units, 4.5 or 0.25 otherwise, never 4.000 (as {@link Formats#quantity}). */
    public static String display(BigDecimal value) {
        return Formats.of(Locale.ROOT).quantity(value);
    }
}
