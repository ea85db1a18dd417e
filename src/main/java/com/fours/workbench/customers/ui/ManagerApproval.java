package com.fours.workbench.customers.ui;

import java.util.Optional;

import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;

/**
 * A manager's confirmation at the counter asked from another module (a lower mileage on an intake
 * sheet): the same dialog as on the vehicle form, the manager's own user name and password.
 */
public final class ManagerApproval {

    private ManagerApproval() {
    }

    /** The manager who confirmed, or empty when cancelled. */
    public static Optional<AuthenticatedUser> ask(CustomersContext context, Permission needed, String reason) {
        return new ApprovalDialog(context).show(needed, reason);
    }
}
