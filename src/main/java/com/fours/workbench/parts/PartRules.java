package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;

/** What makes a part record valid. The form and the catalog import use the same checks. */
public final class PartRules {

    public static final int MAX_PART_NUMBER = 40;
    public static final int MAX_NAME = 100;
    public static final int MAX_BARCODE = 64;

    private PartRules() {
    }

    public record CheckedPart(String partNumber, String nameZh, String nameEn, String brand, String specification,
                              PartUnit unit, PartCategory category, List<String> barcodes, BigDecimal reorderPoint,
                              BigDecimal reorderQuantity, PricePolicy pricePolicy, Money listPrice, boolean active) {
    }

    public static CheckedPart check(PartInput in) {
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String number = errors.check(PartInput.PART_NUMBER, () -> partNumber(in.partNumber()));
        String nameZh = errors.check(PartInput.NAME_ZH, () -> Typed.requiredText(in.nameZh(), MAX_NAME));
        String nameEn = errors.check(PartInput.NAME_EN, () -> Typed.optionalText(in.nameEn(), MAX_NAME));
        String brand = errors.check(PartInput.BRAND, () -> Typed.optionalText(in.brand(), 50));
        String spec = errors.check(PartInput.SPECIFICATION, () -> Typed.optionalText(in.specification(), 100));
        if (in.unit() == null) {
            errors.reject(PartInput.UNIT, new InvalidValueException("field.required"));
        }
        if (in.category() == null) {
            errors.reject(PartInput.CATEGORY, new InvalidValueException("field.required"));
        }
        List<String> barcodes = errors.check(PartInput.BARCODES, () -> barcodes(in.barcodes()));
        PartUnit unit = in.unit() == null ? PartUnit.PCS : in.unit();
        BigDecimal reorderPoint = errors.check(PartInput.REORDER_POINT, () -> optionalQuantity(in.reorderPoint(), unit));
        BigDecimal reorderQuantity = errors.check(PartInput.REORDER_QUANTITY,
                () -> optionalQuantity(in.reorderQuantity(), unit));
        PricePolicy policy = in.pricePolicy() == null ? PricePolicy.COST_PLUS : in.pricePolicy();
        Money listPrice = errors.check(PartInput.LIST_PRICE, () -> listPrice(in.listPrice(), policy));
        errors.throwIfAny();
        return new CheckedPart(number, nameZh, nameEn, brand, spec, in.unit(), in.category(), barcodes, reorderPoint,
                reorderQuantity, policy, listPrice, in.active());
    }

    /** The manufacturer's number as printed (04152-YZZA1), upper case, inner spaces removed. */
    public static String partNumber(String typed) {
        String value = Typed.clean(typed).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new InvalidValueException("field.required");
        }
        if (value.length() > MAX_PART_NUMBER) {
            throw new InvalidValueException("field.tooLong", MAX_PART_NUMBER);
        }
        if (!value.matches("[A-Z0-9][A-Z0-9./_-]*")) {
            throw new InvalidValueException("part.invalid.number");
        }
        return value;
    }

    /** Barcodes separated by spaces, commas or semicolons; each letters and digits only. */
    static List<String> barcodes(String typed) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : Typed.clean(typed).split("[\\s,;，；]+")) {
            if (code.isEmpty()) {
                continue;
            }
            if (code.length() > MAX_BARCODE || !code.matches("[A-Za-z0-9-]+")) {
                throw new InvalidValueException("part.invalid.barcode", code);
            }
            codes.add(code.toUpperCase(Locale.ROOT));
        }
        return new ArrayList<>(codes);
    }

    private static BigDecimal optionalQuantity(String typed, PartUnit unit) {
        return Typed.clean(typed).isEmpty() ? BigDecimal.ZERO.setScale(Quantity.SCALE) : Quantity.parseAllowingZero(typed, unit);
    }

    /** A purchase or receipt price: given, not negative, and within what a price column holds. */
    public static Money unitPrice(Money price) {
        if (price == null) {
            throw new InvalidValueException("money.invalid.empty");
        }
        if (price.isNegative()) {
            throw new InvalidValueException("price.invalid.negative");
        }
        return price.storable();
    }

    private static Money listPrice(String typed, PricePolicy policy) {
        if (Typed.clean(typed).isEmpty()) {
            if (policy == PricePolicy.FIXED) {
                throw new InvalidValueException("part.invalid.listPriceRequired");
            }
            return null;
        }
        Money price = Money.parse(typed);
        if (price.amount().signum() < 0) {
            throw new InvalidValueException("price.invalid.negative");
        }
        return price;
    }
}
