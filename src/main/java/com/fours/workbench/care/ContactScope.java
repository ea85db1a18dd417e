package com.fours.workbench.care;

/** Whose contacts: one car's (vehicle card) or one customer's, all cars (customer card). Exactly one is set. */
public record ContactScope(Long vehicleId, Long customerId) {

    public static ContactScope vehicle(long id) {
        return new ContactScope(id, null);
    }

    public static ContactScope customer(long id) {
        return new ContactScope(null, id);
    }
}
