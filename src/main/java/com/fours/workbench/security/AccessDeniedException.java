package com.fours.workbench.security;

import com.fours.workbench.core.BusinessRuleException;

/** The logged-in user's roles do not allow what was asked. */
public class AccessDeniedException extends BusinessRuleException {

    public AccessDeniedException(Permission missing) {
        super("security.accessDenied", missing);
    }

    public AccessDeniedException() {
        super("security.notLoggedIn");
    }
}
