package com.fours.workbench.payables;

import com.fours.workbench.security.AuditAction;

/** What payables leave in the audit log. */
public enum PayablesAuditAction implements AuditAction {
    SUPPLIER_INVOICE_ENTERED,
    SUPPLIER_INVOICE_ACCEPTED,
    SUPPLIER_INVOICE_VOIDED,
    SUPPLIER_PAYMENT_RECORDED,
    SUPPLIER_PAYMENT_APPLIED,
    PAYABLES_SETTINGS_CHANGED,
    PAYABLES_EXPORTED
}
