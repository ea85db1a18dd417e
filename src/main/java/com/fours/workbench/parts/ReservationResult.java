package com.fours.workbench.parts;

import java.math.BigDecimal;

/** A reservation made, and how much of it the store could not cover (a purchase request was raised for it). */
public record ReservationResult(Reservation reservation, BigDecimal shortage, Long purchaseRequestId) {
}
