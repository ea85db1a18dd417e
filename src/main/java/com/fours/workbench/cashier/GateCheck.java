package com.fours.workbench.cashier;

import java.time.LocalDate;
import java.util.List;

import com.fours.workbench.core.BusinessRuleException;

/**
 * Whether a car may leave now, and if not every reason (translatable) why; with the next
 * maintenance the advisor reminds the customer of.
 */
public record GateCheck(long orderId, String orderNumber, int orderVersion, List<BusinessRuleException> blockers,
                        LocalDate nextServiceDate, Integer nextServiceMileage) {

    public GateCheck {
        blockers = List.copyOf(blockers);
    }

    public boolean open() {
        return blockers.isEmpty();
    }
}
