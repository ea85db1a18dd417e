package com.fours.workbench.repair.ui;

import java.math.BigDecimal;

import com.fours.workbench.core.FullWidthForms;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.PartChoice;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairCategory;

/** The plan editor's line form as typed, read as a {@link LineInput}; typed numbers are refused under their fields. */
final class LineForm {

    private LineForm() {
    }

    static LineInput input(LineKind k, LabourOperation operation, PartChoice part, String description,
                           RepairCategory category, String quantity, String unitPrice, Payer payer) {
        InvalidFieldsException.Collector collector = new InvalidFieldsException.Collector();
        BigDecimal q = collector.check(LineInput.QUANTITY, () -> decimal(quantity,
                k == LineKind.LABOUR ? "repairLine.invalid.hours" : "repairLine.invalid.quantity"));
        Money price = unitPrice == null || unitPrice.isBlank() ? null
                : collector.check(LineInput.UNIT_PRICE, () -> Money.parse(unitPrice));
        if (k == LineKind.LABOUR && operation == null && (description == null || description.isBlank())) {
            collector.reject(LineInput.ITEM, new InvalidValueException("repairLine.invalid.description"));
        }
        if (k == LineKind.PART && part == null) {
            collector.reject(LineInput.ITEM, new InvalidValueException("repairLine.invalid.part"));
        }
        if ((k == LineKind.FEE || k == LineKind.SUBLET) && q == null) {
            q = BigDecimal.ONE;
        }
        collector.throwIfAny();
        Long operationId = k == LineKind.LABOUR && operation != null ? operation.id() : null;
        Long partId = k == LineKind.PART ? part.id() : null;
        return new LineInput(k, operationId, partId, description, k == LineKind.LABOUR ? category : null, q,
                price, payer, null);
    }

    private static BigDecimal decimal(String typed, String key) {
        String text = typed == null ? "" : FullWidthForms.toHalfWidth(typed).replace('。', '.').strip();
        if (text.isEmpty()) {
            throw new InvalidValueException(key);
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() <= 0) {
                throw new InvalidValueException(key);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(key);
        }
    }
}
