package com.fours.workbench.repair;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartsService;
import com.fours.workbench.parts.Quantity;

/**
 * Checks a line as typed and prices it: labour at the category's rate (else the store's), parts at
 * their retail price, fees and sublet work as typed; amount = quantity × unit price, half-up to the fen.
 */
public final class LinePricing {

    private static final int HOURS_SCALE = 2;
    private static final BigDecimal MAX_HOURS = new BigDecimal("999");

    private LinePricing() {
    }

    /** The rate a labour line of this category is charged at: the category's own, else the store's. */
    static Money rate(Handle handle, RepairCategory category) {
        if (category == null) {
            throw new BusinessRuleException("labourRate.categoryRequired");
        }
        RepairPlanDao dao = handle.attach(RepairPlanDao.class);
        return dao.categoryRate(category.name()).or(dao::storeRate)
                .orElseThrow(() -> new BusinessRuleException("labourRate.none", category));
    }

    /** A line checked and priced: amount = quantity × unit price, rounded half-up to the fen. */
    public record Priced(Long operationId, Long partId, String description, RepairCategory category, BigDecimal quantity,
                  BigDecimal standardHours, Money unitPrice, Money amount, Payer payer, Long workGroupId) {
    }

    public static Priced price(Handle handle, LineInput input) {
        if (input == null || input.kind() == null) {
            throw new InvalidValueException("repairLine.invalid.kind");
        }
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        BigDecimal quantity = input.quantity();
        if (quantity == null || quantity.signum() <= 0) {
            errors.reject(LineInput.QUANTITY, new InvalidValueException(
                    input.kind() == LineKind.LABOUR ? "repairLine.invalid.hours" : "repairLine.invalid.quantity"));
        } else if (input.kind() == LineKind.LABOUR
                && (quantity.stripTrailingZeros().scale() > HOURS_SCALE || quantity.compareTo(MAX_HOURS) > 0)) {
            errors.reject(LineInput.QUANTITY, new InvalidValueException("repairLine.invalid.hours"));
        } else {
            errors.check(LineInput.QUANTITY, () -> Quantity.check(quantity, false));
        }
        if (input.unitPrice() != null && input.unitPrice().isNegative()) {
            errors.reject(LineInput.UNIT_PRICE, new InvalidValueException("repairLine.invalid.price"));
        } else if (input.unitPrice() != null) {
            errors.check(LineInput.UNIT_PRICE, input.unitPrice()::storable);
        }
        String typedDescription = errors.check(LineInput.DESCRIPTION, () -> Typed.optionalText(input.description(), 200));
        String description = typedDescription == null ? "" : typedDescription;
        errors.throwIfAny();
        LabourCatalog.requireWorkGroup(handle, input.workGroupId());
        Priced priced = priceChecked(handle, input, errors, quantity, description);
        try {
            priced.amount().storable();
        } catch (InvalidValueException e) {
            throw new InvalidFieldsException(java.util.Map.of(LineInput.UNIT_PRICE, e));
        }
        return priced;
    }

    private static Priced priceChecked(Handle handle, LineInput input, InvalidFieldsException.Collector errors,
                                       BigDecimal quantity, String description) {
        Payer payer = input.payer() == null ? Payer.CUSTOMER : input.payer();
        switch (input.kind()) {
            case LABOUR -> {
                LabourOperation op = input.operationId() == null ? null : LabourCatalog.operation(handle, input.operationId());
                RepairCategory category = input.category() != null ? input.category() : op == null ? null : op.category();
                if (op == null && description.isEmpty()) {
                    errors.reject(LineInput.DESCRIPTION, new InvalidValueException("repairLine.invalid.description"));
                }
                if (category == null) {
                    errors.reject(LineInput.CATEGORY, new InvalidValueException("labourRate.categoryRequired"));
                }
                errors.throwIfAny();
                Money rate = input.unitPrice() != null ? input.unitPrice() : rate(handle, category);
                BigDecimal hours = quantity.setScale(HOURS_SCALE, RoundingMode.UNNECESSARY);
                return new Priced(op == null ? null : op.id(), null, description.isEmpty() ? op.nameZh() : description,
                        category, hours, op == null ? null : op.standardHours(), rate, rate.times(hours), payer,
                        input.workGroupId() != null ? input.workGroupId() : op == null ? null : op.workGroupId());
            }
            case PART -> {
                if (input.partId() == null) {
                    errors.reject(LineInput.ITEM, new InvalidValueException("repairLine.invalid.part"));
                }
                errors.throwIfAny();
                Part part = PartsService.load(handle, input.partId());
                Money price = input.unitPrice() != null ? input.unitPrice() : PartsService.retailPrice(handle, part);
                return new Priced(null, part.id(), description.isEmpty() ? part.nameZh() : description, input.category(),
                        quantity, null, price, price.times(quantity), payer, null);
            }
            default -> {
                if (description.isEmpty()) {
                    errors.reject(LineInput.DESCRIPTION, new InvalidValueException("repairLine.invalid.description"));
                }
                if (input.unitPrice() == null) {
                    errors.reject(LineInput.UNIT_PRICE, new InvalidValueException("repairLine.invalid.price"));
                }
                errors.throwIfAny();
                return new Priced(null, null, description, input.category(), quantity, null, input.unitPrice(),
                        input.unitPrice().times(quantity), payer, input.workGroupId());
            }
        }
    }
}
