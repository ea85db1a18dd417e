package com.fours.workbench.store;

import com.fours.workbench.security.AuditAction;

public enum StoreAuditAction implements AuditAction {
    SETUP_COMPLETED,
    STORE_PROFILE_SAVED
}
