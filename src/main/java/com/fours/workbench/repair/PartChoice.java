package com.fours.workbench.repair;

import java.math.BigDecimal;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;

/** A part the advisor may put on a plan: its number, names, what is on hand and its retail price. */
public record PartChoice(long id, String partNumber, String name, String nameEn, BigDecimal onHand, Money price) {

    /** The part's name as a screen in {@code formats}' language shows it. */
    public String name(Formats formats) {
        return formats.partName(name, nameEn);
    }
}
