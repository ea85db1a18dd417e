package com.fours.workbench.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An amount in yuan, always exact to the fen (scale 2). Negative amounts are refunds and reversals. */
public final class Money implements Comparable<Money> {

    private static final int SCALE = 2;
    private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    // the database column is DECIMAL(14,2): a typed amount above that could never be saved
    private static final int MAX_TYPED_INTEGER_DIGITS = 12;
    // thousands separators only in groups of three, so "1,5" or "12,34" is refused instead of misread
    private static final Pattern TYPED_AMOUNT = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d*)(?:\\.(\\d*))?");

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    /** The largest amount a DECIMAL(14,2) column holds, either sign. */
    public static final BigDecimal MAX_STORED = new BigDecimal("999999999999.99");

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount.setScale(SCALE, ROUNDING);
    }

    /** An amount computed by code; rounded half-up to the fen. */
    public static Money of(BigDecimal amount) {
        return new Money(Objects.requireNonNull(amount, "amount"));
    }

    /** An amount written in code, e.g. {@code Money.of("12.50")}; a third decimal is a programming error. */
    public static Money of(String exactAmount) {
        BigDecimal value = new BigDecimal(exactAmount);
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("Not exact to the fen: " + exactAmount);
        }
        return new Money(value);
    }

    /**
     * An amount as a person types it: full-width forms, thousands separators, ¥ / ￥ in front or 元
     * behind, a leading minus for refunds. More than two decimals is refused rather than rounded,
     * because a person who typed them meant something we cannot guess.
     */
    public static Money parse(String typed) {
        String text = typed == null ? "" : FullWidthForms.toHalfWidth(typed)
                // the Chinese full stop is what a Chinese input method types for "."
                .replace('。', '.')
                .replace('\u2212', '-')
                .replace('\uFFE5', '¥')
                .strip();
        if (text.isEmpty()) {
            throw new InvalidValueException("money.invalid.empty");
        }
        boolean negative = false;
        if (text.startsWith("-")) {
            negative = true;
            text = text.substring(1).strip();
        }
        if (text.startsWith("¥")) {
            text = text.substring(1).strip();
        }
        if (!negative && text.startsWith("-")) {
            negative = true;
            text = text.substring(1).strip();
        }
        if (text.endsWith("元")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        Matcher typedAmount = TYPED_AMOUNT.matcher(text);
        if (!typedAmount.matches()) {
            throw new InvalidValueException("money.invalid.format");
        }
        String integerDigits = typedAmount.group(1).replace(",", "");
        String fractionDigits = typedAmount.group(2) == null ? "" : typedAmount.group(2);
        if (integerDigits.isEmpty() && fractionDigits.isEmpty()) {
            throw new InvalidValueException("money.invalid.format");
        }
        if (fractionDigits.length() > SCALE) {
            throw new InvalidValueException("money.invalid.tooManyDecimals");
        }
        if (integerDigits.replaceFirst("^0+", "").length() > MAX_TYPED_INTEGER_DIGITS) {
            throw new InvalidValueException("money.invalid.tooLarge");
        }
        BigDecimal value = new BigDecimal((integerDigits.isEmpty() ? "0" : integerDigits)
                + (fractionDigits.isEmpty() ? "" : "." + fractionDigits));
        return new Money(negative ? value.negate() : value);
    }

    /**
     * An amount handed over by code (a form's field already parsed, an import's cell, a sum) that is
     * about to be stored: null, a third decimal or more than a DECIMAL(14,2) column holds is refused
     * with the same keys as {@link #parse}, never rounded, so the database never sees it.
     */
    public static Money exact(BigDecimal amount) {
        if (amount == null) {
            throw new InvalidValueException("money.invalid.empty");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidValueException("money.invalid.tooManyDecimals");
        }
        return new Money(amount).storable();
    }

    /** This amount, if a DECIMAL(14,2) column can hold it; otherwise refused with money.invalid.tooLarge. */
    public Money storable() {
        if (amount.abs().compareTo(MAX_STORED) > 0) {
            throw new InvalidValueException("money.invalid.tooLarge");
        }
        return this;
    }

    public static Money sum(Collection<Money> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Money money : amounts) {
            total = total.add(money.amount);
        }
        return new Money(total);
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** A unit price times a quantity (1.5 litres of oil, 0.8 labour hours), rounded half-up per line. */
    public Money times(BigDecimal quantity) {
        return new Money(amount.multiply(quantity));
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Splits a tax-inclusive amount (what customers are shown) into net and VAT. The tax is rounded
     * and the net is what remains, so the bill always adds up to the price the customer agreed to.
     */
    public VatSplit splitIncludedVat(BigDecimal rate) {
        if (rate.signum() < 0) {
            throw new IllegalArgumentException("A VAT rate cannot be negative: " + rate);
        }
        Money tax = new Money(amount.multiply(rate).divide(BigDecimal.ONE.add(rate), SCALE, ROUNDING));
        return new VatSplit(minus(tax), tax);
    }

    /** "1234.50": for storage, export and tests. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    /** "¥1,234.50", "-¥12.00": for display, as {@link Formats#money} writes it. */
    public String format(Locale locale) {
        return Formats.of(locale).money(this);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.equals(money.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    @Override
    public String toString() {
        return toPlainString();
    }
}
