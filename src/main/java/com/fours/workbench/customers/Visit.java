package com.fours.workbench.customers;

import java.time.LocalDate;

/** One line of a vehicle's history on its card, as its module describes it (already translated). */
public record Visit(LocalDate date, String kind, String reference, String summary, String status) {
}
