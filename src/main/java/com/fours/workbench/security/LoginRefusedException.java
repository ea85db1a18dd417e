package com.fours.workbench.security;

import com.fours.workbench.core.BusinessRuleException;

/** A login that did not succeed. The message never tells whether the user name exists. */
public class LoginRefusedException extends BusinessRuleException {

    public LoginRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
