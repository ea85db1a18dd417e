package com.fours.workbench.suppliers;

import com.fours.workbench.security.AuditAction;

/** What purchase agreements and the supplier evaluation leave in the audit log. */
public enum SupplierAuditAction implements AuditAction {
    AGREEMENT_CREATED,
    AGREEMENT_PRICE_SET,
    SCORE_WEIGHTS_CHANGED,
    SCORECARD_PRINTED
}
