package com.fours.workbench.environment;

/** Waste entered by weight (rags, paint residue), or a correction of a ledger row, as typed. */
public record WasteInput(Long kindId, String quantity, String day, String note) {

    public static final String KIND = "kind";
    public static final String QUANTITY = "quantity";
    public static final String DAY = "day";
    public static final String NOTE = "note";
}
