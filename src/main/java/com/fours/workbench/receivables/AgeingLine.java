package com.fours.workbench.receivables;

import com.fours.workbench.core.AgedBalance;
import com.fours.workbench.core.Money;
import com.fours.workbench.repair.Payer;

/**
 * What one payer owes by days past due: not yet due, 1-30, 31-60, 61-90 and over 90 days; the
 * unapplied credit of its receipts; and the balance (open items less that credit).
 */
public record AgeingLine(long payerId, Payer kind, String payerName, Money current, Money days1To30, Money days31To60,
                         Money days61To90, Money over90, Money unapplied) implements AgedBalance {
}
