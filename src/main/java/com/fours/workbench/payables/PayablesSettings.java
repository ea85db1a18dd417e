package com.fours.workbench.payables;

import java.math.BigDecimal;

import com.fours.workbench.core.Money;

/**
 * What the store sets for payables: how far (percent) an invoiced price may exceed the ordered one
 * before the line is flagged, the payment above which a manager approves, and the payment days when
 * no agreement gives the supplier's own.
 */
public record PayablesSettings(BigDecimal priceTolerancePct, Money approvalLimit, int defaultPaymentDays, int version) {
}
