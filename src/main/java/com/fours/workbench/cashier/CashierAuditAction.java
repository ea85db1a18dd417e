package com.fours.workbench.cashier;

import com.fours.workbench.security.AuditAction;

public enum CashierAuditAction implements AuditAction {
    BILL_ISSUED,
    DISCOUNT_GIVEN,
    BILL_VOIDED,
    PAYMENT_TAKEN,
    PAYMENT_REFUNDED,
    INTERNAL_COST_RECORDED,
    VEHICLE_DELIVERED,
    DISCOUNT_POLICY_CHANGED,
    DISCOUNT_LIMIT_CHANGED,
    COUPON_CREATED,
    ACCOUNT_CUSTOMER_CHANGED,
    CREDIT_LIMIT_OVERRIDDEN
}
