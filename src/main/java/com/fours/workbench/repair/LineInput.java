package com.fours.workbench.repair;

import java.math.BigDecimal;

import com.fours.workbench.core.Money;

/**
 * A line as the advisor enters it. Labour: an operation of the catalog (its name, category, hours
 * and group are taken when not given) or a free description with a category; the rate is the
 * category's unless {@code unitPrice} overrides it. Part: a part of the warehouse and a quantity;
 * the price is the part's retail price unless given. Fee and sublet: a description and a price.
 */
public record LineInput(LineKind kind, Long operationId, Long partId, String description, RepairCategory category,
                        BigDecimal quantity, Money unitPrice, Payer payer, Long workGroupId) {

    public static final String DESCRIPTION = "description";
    public static final String QUANTITY = "quantity";
    public static final String UNIT_PRICE = "unitPrice";
    public static final String CATEGORY = "category";
    public static final String ITEM = "item";

    public static LineInput labour(long operationId, BigDecimal hours, Payer payer) {
        return new LineInput(LineKind.LABOUR, operationId, null, null, null, hours, null, payer, null);
    }

    public static LineInput part(long partId, BigDecimal quantity, Payer payer) {
        return new LineInput(LineKind.PART, null, partId, null, null, quantity, null, payer, null);
    }

    public static LineInput fee(String description, Money price, Payer payer) {
        return new LineInput(LineKind.FEE, null, null, description, null, BigDecimal.ONE, price, payer, null);
    }

    public static LineInput sublet(String description, Money price, Payer payer) {
        return new LineInput(LineKind.SUBLET, null, null, description, null, BigDecimal.ONE, price, payer, null);
    }
}
