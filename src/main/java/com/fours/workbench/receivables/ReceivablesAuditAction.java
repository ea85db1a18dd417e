package com.fours.workbench.receivables;

import com.fours.workbench.security.AuditAction;

/** What the receivables ledger leaves in the audit log. */
public enum ReceivablesAuditAction implements AuditAction {
    RECEIVABLE_OPENED,
    RECEIVABLE_REDUCED,
    RECEIPT_RECORDED,
    RECEIPT_APPLIED
}
