package com.fours.workbench.intake;

import com.fours.workbench.security.AuditAction;

public enum IntakeAuditAction implements AuditAction {
    INTAKE_RECEIVED,
    INTAKE_CHANGED,
    INTAKE_SIGNED,
    INTAKE_PHOTO_ADDED,
    KEYS_AND_DOCUMENTS_HANDED_BACK
}
