package com.fours.workbench.customers;

/** An existing record that looks like the one being created, and why. */
public record PossibleDuplicate(long customerId, Long vehicleId, String label, Reason reason) {

    public enum Reason {
        SAME_PHONE,
        SAME_PLATE
    }
}
