package com.fours.workbench.cashier;

/**
 * A payment as the cashier types it. For cash, {@code amount} is what the customer handed over;
 * the bill takes what is due and the rest is change. {@code businessDay} is empty for today; an
 * earlier day only if the cash-up has not closed it.
 */
public record PaymentInput(PaymentMethod method, String amount, String reference, String businessDay) {

    public static final String METHOD = "method";
    public static final String AMOUNT = "amount";
    public static final String REFERENCE = "reference";
    public static final String BUSINESS_DAY = "businessDay";
    public static final String REASON = "reason";

    public static PaymentInput today(PaymentMethod method, String amount) {
        return new PaymentInput(method, amount, "", "");
    }
}
