package com.fours.workbench.payables;

import com.fours.workbench.core.AgedBalance;
import com.fours.workbench.core.Money;

/** What the store owes one supplier by days past due (the receivables' buckets) and its unapplied credit. */
public record PayablesAgeingLine(long supplierId, String supplierName, Money current, Money days1To30,
                                 Money days31To60, Money days61To90, Money over90, Money unapplied)
        implements AgedBalance {
}
