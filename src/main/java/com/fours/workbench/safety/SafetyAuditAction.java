package com.fours.workbench.safety;

import com.fours.workbench.security.AuditAction;

/** What incidents, near misses and drills leave in the audit log. */
public enum SafetyAuditAction implements AuditAction {
    INCIDENT_REPORTED,
    INCIDENT_MEASURES_SET,
    INCIDENT_CLOSED,
    DRILL_RECORDED,
    DRILLS_PLANNED_SET
}
