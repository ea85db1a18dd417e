package com.fours.workbench.cashier;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.fours.workbench.core.Money;

/**
 * A closed business day: who closed it and when (the store's local time), the float, the cash the
 * figures expected and what was counted, the difference and why.
 */
public record CashDayClosed(LocalDate businessDay, LocalDateTime closedAt, String closedBy, Money openingFloat,
                            Money expectedCash, Money countedCash, Money difference, String differenceReason) {
}
