package com.fours.workbench.security;

public enum SecurityAuditAction implements AuditAction {
    LOGIN,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    LOGOUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    USER_CREATED,
    USER_ROLES_CHANGED,
    USER_DEACTIVATED,
    USER_ACTIVATED,
    USER_UNLOCKED,
    ACCESS_DENIED,
    APPROVAL_REFUSED,
    AUDIT_EXTRACT_PRINTED
}
