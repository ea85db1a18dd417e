package com.fours.workbench.receivables;

import java.time.LocalDate;

import com.fours.workbench.core.Money;

/** A bill put on account, with its order and car for the screen, and what is still open on it. */
public record OpenItem(long id, long payerId, long billId, String billNumber, String orderNumber, String plate,
                       LocalDate billedOn, LocalDate dueOn, Money amount, Money openAmount, int version) {

    public boolean open() {
        return openAmount.isPositive();
    }
}
