package com.fours.workbench.repair;

import java.math.BigDecimal;

import com.fours.workbench.core.BusinessRuleException;

/**
 * The warehouse cannot cover a part line now. Nothing was saved; the advisor may add the line
 * again with a purchase request for the shortage.
 */
public class PartShortageException extends BusinessRuleException {

    private final transient String partNumber;
    private final transient BigDecimal shortage;

    public PartShortageException(String partNumber, String partName, BigDecimal shortage, String shortageText) {
        super("repairLine.partShort", partNumber, partName, shortageText);
        this.partNumber = partNumber;
        this.shortage = shortage;
    }

    public String partNumber() {
        return partNumber;
    }

    public BigDecimal shortage() {
        return shortage;
    }
}
