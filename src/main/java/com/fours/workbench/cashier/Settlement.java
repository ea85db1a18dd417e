package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.util.List;

import com.fours.workbench.core.Money;
import com.fours.workbench.customers.MemberLevel;

/**
 * What settling an order gives, before it is issued: one bill per payer (the customer first) and
 * what the store pays itself (INTERNAL lines, recorded as its cost, on no bill).
 */
public record Settlement(long orderId, String orderNumber, int orderVersion, String customerName,
                         MemberLevel memberLevel, String plate, BigDecimal vatRate, List<SettlementBill> bills,
                         Money internalCost) {

    public Settlement {
        bills = List.copyOf(bills);
    }

    /** What the customer pays: the customer's bill, or zero. */
    public Money customerTotal() {
        return bills.stream().filter(b -> b.payer() == com.fours.workbench.repair.Payer.CUSTOMER)
                .map(SettlementBill::total).findFirst().orElse(Money.ZERO);
    }
}
