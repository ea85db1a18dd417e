package com.fours.workbench.repair;

import org.jdbi.v3.core.Handle;

/**
 * Another feature's work when a line of an order is finished, in the same transaction (the
 * hazardous-waste ledger records the waste the line produced). A line may be finished again: a
 * listener must not count it twice.
 */
public interface LineDoneListener {

    void lineDone(Handle handle, RepairLine line);
}
