package com.fours.workbench.core;

/** A typed value (a VIN, a plate, a phone number, an amount) was refused; the key says why. */
public class InvalidValueException extends BusinessRuleException {

    public InvalidValueException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
