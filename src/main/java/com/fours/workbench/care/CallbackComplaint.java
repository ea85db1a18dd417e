package com.fours.workbench.care;

/**
 * A complaint raised from a callback: the visit's order, the callback and the customer's own
 * words, handed to the complaints section (wired in app/).
 */
public record CallbackComplaint(long repairOrderId, long callbackId, String customerWords) {
}
