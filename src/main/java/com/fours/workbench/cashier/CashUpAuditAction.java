package com.fours.workbench.cashier;

import com.fours.workbench.security.AuditAction;

/** What the cash-up and the health-record export leave in the audit log. */
public enum CashUpAuditAction implements AuditAction {
    CASH_DAY_CLOSED,
    HEALTH_RECORDS_EXPORTED
}
