package com.fours.workbench.openitems;

/** An amount (as typed) of a receipt or a payment to apply to one open item (a bill, a supplier invoice). */
public record Allocation(long itemId, String amount) {
}
