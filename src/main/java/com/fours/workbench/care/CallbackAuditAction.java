package com.fours.workbench.care;

import com.fours.workbench.security.AuditAction;

/** What callbacks and the questionnaire leave in the audit log. */
public enum CallbackAuditAction implements AuditAction {
    CALLBACK_ATTEMPT_RECORDED,
    CALLBACK_REACHED,
    CALLBACK_UNREACHABLE,
    QUESTIONNAIRE_CHANGED,
    QUESTIONNAIRE_VERSION_CREATED,
    CALLBACK_SETTINGS_CHANGED
}
