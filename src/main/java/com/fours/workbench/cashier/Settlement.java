package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.util.List;

import com.fours.workbench.core.Money;
import com.fours.workbench.customers.MemberLevel;

/**
 * What settling an order gives, before it is issued: one bill per payer (the customer first) and
 * what the store pays itself (INTERNAL lines, recorded as its cost, on no bill). {@code approvalLimit}
 * is the user's limit when the manual discount is above it (a manager must confirm), else null.
 */
public record Settlement(long orderId, String orderNumber, int orderVersion, String customerName,
                         MemberLevel memberLevel, String plate, BigDecimal vatRate, List<SettlementBill> bills,
                         Money internalCost, Money approvalLimit) {

    public Settlement {
        bills = List.copyOf(bills);
    }

    /** The manual discount is above what the user may give alone. */
    public boolean needsApproval() {
        return approvalLimit != null;
    }

    /** What the customer pays: the customer's bill, or zero. */
    public Money customerTotal() {
        return bills.stream().filter(b -> b.payer() == com.fours.workbench.repair.Payer.CUSTOMER)
                .map(SettlementBill::total).findFirst().orElse(Money.ZERO);
    }
}
