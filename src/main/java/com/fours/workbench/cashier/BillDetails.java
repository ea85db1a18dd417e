package com.fours.workbench.cashier;

import java.util.List;

import com.fours.workbench.core.Money;

/**
 * A bill with everything the cashier's screen and the prints show about it: lines, discounts,
 * payments, what is paid and still due, and the reversal that voided it (if any).
 */
public record BillDetails(Bill bill, List<BillLine> lines, List<BillDiscount> discounts, List<Payment> payments,
                          Money paid, Money due, String reversedByNumber, String orderNumber, String plate) {

    public BillDetails {
        lines = List.copyOf(lines);
        discounts = List.copyOf(discounts);
        payments = List.copyOf(payments);
    }

    public long id() {
        return bill.id();
    }

    public String number() {
        return bill.number();
    }

    /** Voided: a reversal document points at it. */
    public boolean voided() {
        return reversedByNumber != null;
    }

    /** Issued, not voided and not a reversal itself. */
    public boolean live() {
        return !bill.reversal() && !voided();
    }

    public boolean paidInFull() {
        return !due.isPositive();
    }
}
