package com.fours.workbench.repair;

import com.fours.workbench.security.AuditAction;

public enum RepairAuditAction implements AuditAction {
    REPAIR_LINE_ADDED,
    REPAIR_LINE_CHANGED,
    REPAIR_LINE_REMOVED,
    REPAIR_PLAN_APPROVED,
    REPAIR_ORDER_STATUS_CHANGED,
    REPAIR_ORDER_CANCELLED,
    LABOUR_OPERATION_SAVED,
    LABOUR_RATE_CHANGED,
    APPROVAL_MARGIN_CHANGED,
    CANNED_JOB_SAVED
}
