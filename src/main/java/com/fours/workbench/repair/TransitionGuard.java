package com.fours.workbench.repair;

import org.jdbi.v3.core.Handle;

/**
 * A rule another feature adds to a status change of repair orders, checked in the same
 * transaction: quality control refuses READY_FOR_SETTLEMENT before the final check passed, the
 * cashier refuses SETTLED before the bill is paid. Refuses with a BusinessRuleException.
 */
public interface TransitionGuard {

    void check(Handle handle, RepairPlan plan, RepairOrderStatus target);
}
