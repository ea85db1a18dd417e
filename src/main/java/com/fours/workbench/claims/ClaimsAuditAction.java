package com.fours.workbench.claims;

import com.fours.workbench.security.AuditAction;

/** What the claims leave in the audit log. */
public enum ClaimsAuditAction implements AuditAction {
    CLAIM_DRAFTED,
    CLAIM_SUBMITTED,
    CLAIM_DECIDED,
    CLAIM_PAID;
}
