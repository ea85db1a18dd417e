package com.fours.workbench.suppliers;

import java.math.BigDecimal;

import com.fours.workbench.core.Formats;

/** A part's price fixed by an agreement. */
public record AgreedPrice(long agreementId, long partId, String partNumber, String partName, String partNameEn,
                          BigDecimal unitPrice) {

    public String name(Formats formats) {
        return formats.partName(partName, partNameEn);
    }
}
