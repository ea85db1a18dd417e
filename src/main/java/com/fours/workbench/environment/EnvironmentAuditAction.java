package com.fours.workbench.environment;

import com.fours.workbench.security.AuditAction;

/** What the hazardous-waste ledger leaves in the audit log. */
public enum EnvironmentAuditAction implements AuditAction {
    WASTE_KIND_SAVED,
    WASTE_PLACE_SAVED,
    WASTE_HANDLER_SAVED,
    WASTE_RULE_SAVED,
    WASTE_RECORDED,
    WASTE_CORRECTED,
    WASTE_TRANSFERRED,
    WASTE_MONTH_CLOSED,
    WASTE_LEDGER_EXPORTED
}
