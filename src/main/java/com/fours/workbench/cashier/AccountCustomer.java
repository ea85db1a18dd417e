package com.fours.workbench.cashier;

import java.time.Instant;

import com.fours.workbench.core.Money;

/** A customer the store lets pay on account, up to a credit limit (a fleet or company with a credit arrangement). */
public record AccountCustomer(long customerId, String customerName, Money creditLimit, Money outstanding,
                              String grantedBy, Instant grantedAt) {

    /** The same arrangement with what the receivables ledger says is owed now. */
    public AccountCustomer withOutstanding(Money owed) {
        return new AccountCustomer(customerId, customerName, creditLimit, owed, grantedBy, grantedAt);
    }
}
