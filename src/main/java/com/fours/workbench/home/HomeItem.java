package com.fours.workbench.home;

import java.time.Instant;

/**
 * One item of a home line as the page names it: an order's number and plate, a complaint's number,
 * a part number, a day ({@code name} may then be empty and {@code at} says which). {@code recordId}
 * is what the link opens; it is never shown.
 */
public record HomeItem(String name, Instant at, boolean overdue, Long recordId) {
}
