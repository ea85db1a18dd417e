package com.fours.workbench.claims;

import java.time.LocalDate;

import com.fours.workbench.core.Money;
import com.fours.workbench.repair.Payer;

/** A maker's or insurer's bill on account that has no claim yet. */
public record ClaimableBill(long billId, String billNumber, String orderNumber, String plate, Payer kind,
                            String payerName, String claimReference, Money amount, Money excess, LocalDate billedOn) {
}
