package com.fours.workbench.environment;

import java.math.BigDecimal;

import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;

/** The one reading of a typed waste quantity: positive, at most three decimals, and believable. */
public final class WasteQuantities {

    /** More than 100 tonnes (or 100,000 litres or pieces) in one row is a typing error, not waste of a repair shop. */
    public static final BigDecimal MOST = new BigDecimal("100000");

    private WasteQuantities() {
    }

    public static BigDecimal positive(String typed) {
        BigDecimal value = signed(typed);
        if (value.signum() <= 0) {
            throw new InvalidValueException("waste.quantity.notPositive", Typed.clean(typed));
        }
        return value;
    }

    /** A correction may take away as well as add, but is never zero. */
    public static BigDecimal signed(String typed) {
        String text = Typed.clean(typed).replace(",", "").replace("，", "").replaceAll("(?i)\\s*(kg|l|公斤|千克|升|件)$", "");
        if (text.isEmpty()) {
            throw new InvalidValueException("field.required");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("waste.quantity.invalid", Typed.clean(typed));
        }
        if (value.scale() > 3) {
            throw new InvalidValueException("waste.quantity.decimals", Typed.clean(typed));
        }
        if (value.signum() == 0) {
            throw new InvalidValueException("waste.quantity.notPositive", Typed.clean(typed));
        }
        if (value.abs().compareTo(MOST) > 0) {
            throw new InvalidValueException("waste.quantity.absurd", Typed.clean(typed), MOST.toPlainString());
        }
        return value.setScale(3);
    }
}
