package com.fours.workbench.cashier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fours.workbench.core.Money;
import com.fours.workbench.repair.Payer;

/**
 * The figures of one business day's cash-up (日结): money by payment method and by payer, refunds,
 * voids and discounts, and the cash that should be in the drawer. {@code closed} is set once the
 * day is closed, with what was counted then.
 */
public record CashUpFigures(LocalDate businessDay, List<MethodLine> methods, List<PayerLine> payers, Tally payments,
                            Tally refunds, Tally voids, Tally discounts, List<VoidLine> voidLines, Money cashTaken,
                            Money changeGiven, Money cashRefunded, CashDayClosed closed) {

    public CashUpFigures {
        Objects.requireNonNull(businessDay, "businessDay");
        methods = List.copyOf(methods);
        payers = List.copyOf(payers);
        voidLines = List.copyOf(voidLines);
    }

    /** A number of documents and their amount (always positive: a refund of 50.00 is 50.00 refunded). */
    public record Tally(int count, Money amount) {
        public static final Tally NONE = new Tally(0, Money.ZERO);
    }

    /** What one way of paying brought in and gave back on the day. */
    public record MethodLine(PaymentMethod method, int payments, Money received, int refunds, Money refunded) {
        public Money net() {
            return received.minus(refunded);
        }
    }

    /** Bills issued on the day for one payer, and what was paid that day on that payer's bills. */
    public record PayerLine(Payer payer, int bills, Money billed, Money paid) {
    }

    /** A bill voided on the day by its reversal document. */
    public record VoidLine(String reversalNumber, String billNumber, Money amount, String reason, String approvedBy) {
    }

    /** All money kept on the day, every method, refunds taken off. */
    public Money paymentsNet() {
        return payments.amount().minus(refunds.amount());
    }

    /** Cash that should be in the drawer: the float, plus cash handed over, minus change and cash refunds. */
    public Money expectedCash(Money openingFloat) {
        return openingFloat.plus(cashTaken).minus(changeGiven).minus(cashRefunded);
    }

    public boolean isClosed() {
        return closed != null;
    }
}
