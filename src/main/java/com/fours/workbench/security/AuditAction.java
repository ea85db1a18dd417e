package com.fours.workbench.security;

/**
 * What an audit row records. Each feature declares its actions in an enum named
 * {@code <Feature>AuditAction}; the code is stored, and {@code audit.action.<CODE>} translates it.
 */
public interface AuditAction {

    String name();

    default String code() {
        return name();
    }

    static String messageKey(String code) {
        return "audit.action." + code;
    }
}
