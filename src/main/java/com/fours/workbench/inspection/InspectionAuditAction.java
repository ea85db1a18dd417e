package com.fours.workbench.inspection;

import com.fours.workbench.security.AuditAction;

/** What 5S inspections leave in the audit log. */
public enum InspectionAuditAction implements AuditAction {
    FIVE_S_CHECKLIST_CHANGED,
    FIVE_S_CHECKLIST_VERSION_CREATED,
    FIVE_S_INSPECTION_RECORDED,
    FIVE_S_ACTION_CREATED,
    FIVE_S_ACTION_DONE,
    FIVE_S_ACTION_VERIFIED,
    FIVE_S_SHEET_PRINTED,
    FIVE_S_SCORES_EXPORTED
}
