package com.fours.workbench.care;

/**
 * Where a complaint stands: received, acknowledged to the customer, a solution agreed, the customer
 * called back to confirm, closed by the manager. A reopened complaint is acknowledged again.
 */
public enum ComplaintStatus {
    OPEN,
    ACKNOWLEDGED,
    SOLUTION_AGREED,
    CONFIRMED,
    CLOSED
}
