package com.fours.workbench.receivables;

/** An amount (as typed) of a receipt to apply to one open item. */
public record Allocation(long itemId, String amount) {
}
