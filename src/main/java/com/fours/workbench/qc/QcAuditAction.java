package com.fours.workbench.qc;

import com.fours.workbench.security.AuditAction;

public enum QcAuditAction implements AuditAction {
    QC_LEVEL_PASSED,
    QC_LEVEL_FAILED,
    QC_CERTIFICATE_ISSUED,
    QC_CHECKLIST_ITEM_SAVED,
    QC_GUARANTEE_PERIOD_SET,
    QC_COMEBACK_LINKED,
    QC_COMEBACK_CHARGE_OVERRIDDEN,
    QC_ROAD_TEST_RECORDED,
    QC_ROAD_TEST_RULE_SET,
    QC_MAINTENANCE_INTERVAL_SET
}
