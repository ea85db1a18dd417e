package com.fours.workbench.repair;

import com.fours.workbench.security.AuditAction;

public enum DispatchAuditAction implements AuditAction {
    JOB_DISPATCHED,
    JOB_CLOCKED_ON,
    JOB_CLOCKED_OFF
}
