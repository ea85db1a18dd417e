package com.fours.workbench.qc;

/** A checklist item as a signature recorded it (its text as it was then). */
public record ItemOutcome(long signatureId, long itemId, String itemText, ItemResult result, String note) {
}
