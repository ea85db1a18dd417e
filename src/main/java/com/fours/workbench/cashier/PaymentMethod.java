package com.fours.workbench.cashier;

/**
 * How a bill is paid. The workbench records what the store's terminals took; it does not talk to
 * payment networks. Cash gives change; the others may not take more than is due. On account is for
 * customers the store has a credit arrangement with, and for the claims of makers and insurers.
 */
public enum PaymentMethod {
    CASH,
    BANK_CARD,
    WECHAT_PAY,
    ALIPAY,
    BANK_TRANSFER,
    ON_ACCOUNT
}
