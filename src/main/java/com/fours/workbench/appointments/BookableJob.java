package com.fours.workbench.appointments;

import java.math.BigDecimal;

/**
 * A job the advisor books from the store's labour catalog, a canned job or one operation, with the
 * workshop hours it takes: booking it adds its name to what was asked and its hours to the estimate.
 */
public record BookableJob(String code, String name, BigDecimal hours) {
}
