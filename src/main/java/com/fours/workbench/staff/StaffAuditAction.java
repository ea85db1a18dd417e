package com.fours.workbench.staff;

import com.fours.workbench.security.AuditAction;

public enum StaffAuditAction implements AuditAction {
    TRAINING_RECORDED,
    APPRAISAL_FILLED,
    APPRAISAL_MARKED,
    APPRAISAL_SIGNED_BY_MANAGER,
    APPRAISAL_SIGNED_BY_EMPLOYEE
}
