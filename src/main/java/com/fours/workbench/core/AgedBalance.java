package com.fours.workbench.core;

/**
 * What one party (a payer of the store, a supplier it owes) has open by days past due: not yet due,
 * 1-30, 31-60, 61-90 and over 90 days; the unapplied credit of its money; and the balance (open
 * less that credit). The receivables' and the payables' ageing lines are both this.
 */
public interface AgedBalance {

    Money current();

    Money days1To30();

    Money days31To60();

    Money days61To90();

    Money over90();

    Money unapplied();

    default Money open() {
        return current().plus(days1To30()).plus(days31To60()).plus(days61To90()).plus(over90());
    }

    default Money balance() {
        return open().minus(unapplied());
    }
}
