package com.fours.workbench.security;

import com.fours.workbench.core.BusinessRuleException;

/** Someone else saved the same record first; the user reloads and tries again. */
public class ConcurrentChangeException extends BusinessRuleException {

    public ConcurrentChangeException(String subject) {
        super("record.changedByOther", subject);
    }
}
