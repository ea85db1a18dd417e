package com.fours.workbench.environment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is in store of a kind: produced - transferred, since the day of the oldest quantity still
 * there (first in, first out), the day it must have left, and how near that is.
 */
public record WasteStock(WasteKind kind, BigDecimal produced, BigDecimal transferred, BigDecimal inStore,
                         LocalDate since, LocalDate mustLeaveBy, Long daysLeft, StorageAlert alert) {
}
