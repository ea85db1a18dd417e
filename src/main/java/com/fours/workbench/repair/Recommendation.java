package com.fours.workbench.repair;

import java.time.Instant;

import com.fours.workbench.core.Money;

/** Work the customer declined on an earlier visit: shown at the vehicle's next reception. */
public record Recommendation(String orderNumber, Instant declinedAt, LineKind kind, String description, Money amount) {
}
