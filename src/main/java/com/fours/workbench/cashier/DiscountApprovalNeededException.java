package com.fours.workbench.cashier;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;

/**
 * A manual discount above what the user may give alone: the screen asks a manager to confirm it
 * at the desk (name and password) and settles again with the approver.
 */
public class DiscountApprovalNeededException extends BusinessRuleException {

    public DiscountApprovalNeededException(Money amount, Money limit) {
        super("cashier.discount.needsApproval", amount.toPlainString(), limit.toPlainString());
    }
}
