package com.fours.workbench.customers.ui;

import java.util.Optional;

/**
 * A new customer and their car entered from another module (a booking on the phone): the same
 * forms as on the Customers screen, one after the other. Gives the vehicle to go on with: the new
 * one, or the existing one the advisor chose to open instead of a duplicate.
 */
public final class QuickEntry {

    private QuickEntry() {
    }

    public static Optional<Long> newCustomerWithVehicle(CustomersContext context) {
        var customer = new CustomerFormDialog(context).show(Optional.empty());
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        if (customer.get().openInstead() != null) {
            return Optional.ofNullable(customer.get().openInstead().vehicleId());
        }
        return new VehicleFormDialog(context).show(customer.get().saved(), Optional.empty())
                .map(outcome -> outcome.openInstead() != null ? outcome.openInstead().vehicleId() : outcome.saved().id());
    }
}
