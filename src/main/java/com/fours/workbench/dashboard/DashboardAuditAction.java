package com.fours.workbench.dashboard;

import com.fours.workbench.security.AuditAction;

public enum DashboardAuditAction implements AuditAction {
    /** A chart's figures written to an .xlsx file. */
    DASHBOARD_EXPORTED
}
