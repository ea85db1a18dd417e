package com.fours.workbench.customers.ui;

import java.util.Optional;
import java.util.OptionalLong;

import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;

/**
 * The archive's dialogs for other modules: a walk-in's customer and car registered with the same
 * forms as on the Customers tab, and a manager's confirmation at the counter.
 */
public final class ArchiveDialogs {

    private final CustomersContext context;

    public ArchiveDialogs(CustomersContext context) {
        this.context = context;
    }

    /**
     * The customer form, then the vehicle form for that customer: the car saved, or the car the
     * advisor chose to open instead of a duplicate; empty when cancelled on the way.
     */
    public OptionalLong newCustomerWithVehicle() {
        Optional<CustomerFormDialog.Outcome> customer = new CustomerFormDialog(context).show(Optional.empty());
        if (customer.isEmpty()) {
            return OptionalLong.empty();
        }
        if (customer.get().openInstead() != null) {
            Long vehicleId = customer.get().openInstead().vehicleId();
            return vehicleId == null ? OptionalLong.empty() : OptionalLong.of(vehicleId);
        }
        Optional<VehicleFormDialog.Outcome> vehicle = new VehicleFormDialog(context).show(customer.get().saved(),
                Optional.empty());
        if (vehicle.isEmpty()) {
            return OptionalLong.empty();
        }
        if (vehicle.get().openInstead() != null) {
            Long vehicleId = vehicle.get().openInstead().vehicleId();
            return vehicleId == null ? OptionalLong.empty() : OptionalLong.of(vehicleId);
        }
        return OptionalLong.of(vehicle.get().saved().id());
    }

    /** A manager's user name and password for one step; empty when cancelled. */
    public Optional<AuthenticatedUser> managerApproval(Permission needed, String reason) {
        return new ApprovalDialog(context).show(needed, reason);
    }
}
