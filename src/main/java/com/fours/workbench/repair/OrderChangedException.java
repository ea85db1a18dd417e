package com.fours.workbench.repair;

import java.util.List;

import com.fours.workbench.security.ConcurrentChangeException;

/**
 * Someone saved the repair order after this user read it. Nothing of this user's change was saved;
 * {@link #changes()} lists what the others did, so the user can reload and decide again.
 */
public class OrderChangedException extends ConcurrentChangeException {

    private final transient List<RepairChange> changes;

    public OrderChangedException(String orderNumber, List<RepairChange> changes) {
        super(orderNumber);
        this.changes = List.copyOf(changes);
    }

    public List<RepairChange> changes() {
        return changes;
    }
}
