package com.fours.workbench.cashier;

import java.time.LocalDate;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.Money;

/**
 * Where the money put on account goes after the desk: the receivables ledger, plugged in by app/
 * (the cashier does not know the feature that follows the money). Called in the desk's transaction.
 */
public interface AccountLedger {

    /**
     * The bill was put on account ({@code amount > 0}) on {@code day}, or an on-account amount was
     * refunded ({@code amount < 0}); refuses a refund of more than is still open on the bill.
     */
    void onAccount(Handle handle, Bill bill, Money amount, LocalDate day);

    /** What the customer owes on account now: open items less unapplied credit. */
    Money balance(Handle handle, long customerId);
}
