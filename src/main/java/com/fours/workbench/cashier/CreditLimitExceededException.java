package com.fours.workbench.cashier;

import java.util.Map;

import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;

/**
 * An on-account amount beyond the customer's credit limit: refused at the amount, unless a manager
 * (MANAGE_DISCOUNT_POLICY) confirms it at the desk; the screen then asks for the manager.
 */
public class CreditLimitExceededException extends InvalidFieldsException {

    public CreditLimitExceededException(Money limit, Money outstanding) {
        super(Map.of(PaymentInput.AMOUNT, new InvalidValueException("cashier.account.overLimit",
                limit.toPlainString(), outstanding.toPlainString())));
    }
}
