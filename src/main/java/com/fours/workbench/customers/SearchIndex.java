package com.fours.workbench.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jdbi.v3.core.Handle;

/**
 * Keeps the fragment index in step with the archive, inside the caller's transaction: a vehicle's
 * entry carries its plate, VIN and its owner's name, initials and phones; a customer without a
 * vehicle has an entry of their own.
 */
final class SearchIndex {

    private SearchIndex() {
    }

    /** Re-indexes every entry of a customer: after a change of name or phone, a merge or a new vehicle. */
    static void customer(Handle handle, long customerId) {
        SearchDao search = handle.attach(SearchDao.class);
        CustomerRow customer = handle.attach(CustomerDao.class).find(customerId).orElseThrow();
        List<VehicleRow> vehicles = handle.attach(VehicleDao.class).ownedBy(customerId);
        boolean live = handle.attach(CustomerDao.class).mergedInto(customerId).orElse(null) == null;
        List<SearchDao.Entry> existing = search.entriesOfCustomer(customerId);
        for (SearchDao.Entry entry : existing) {
            boolean stillOwned = entry.vehicleId() != null
                    && vehicles.stream().anyMatch(v -> v.id() == entry.vehicleId());
            boolean ownEntryStillNeeded = entry.vehicleId() == null && vehicles.isEmpty();
            // a merged customer leaves the search altogether, also the entry of one without a vehicle
            if (!live || !stillOwned && !ownEntryStillNeeded) {
                search.deleteGrams(entry.id());
                search.deleteEntry(entry.id());
            }
        }
        if (!live) {
            return;
        }
        if (vehicles.isEmpty()) {
            write(search, search.entriesOfCustomer(customerId).stream().filter(e -> e.vehicleId() == null).findFirst()
                    .map(SearchDao.Entry::id).orElse(null), customer, null);
        }
        for (VehicleRow vehicle : vehicles) {
            write(search, search.entryOfVehicle(vehicle.id()).map(SearchDao.Entry::id).orElse(null), customer, vehicle);
        }
    }

    /** Re-indexes a vehicle and its owner's entries: after a change of plate, VIN or owner. */
    static void vehicle(Handle handle, long vehicleId, Long previousOwnerId) {
        VehicleRow vehicle = handle.attach(VehicleDao.class).find(vehicleId).orElseThrow();
        customer(handle, vehicle.ownerId());
        if (previousOwnerId != null && previousOwnerId != vehicle.ownerId()) {
            customer(handle, previousOwnerId);
        }
    }

    private static void write(SearchDao search, Long entryId, CustomerRow customer, VehicleRow vehicle) {
        List<String> withPairs = new ArrayList<>();
        List<String> tripletsOnly = new ArrayList<>();
        if (vehicle != null) {
            addIfPresent(withPairs, vehicle.plate());
            tripletsOnly.add(vehicle.vin());
        }
        withPairs.add(customer.name());
        withPairs.add(PinyinInitials.of(customer.name()));
        addIfPresent(tripletsOnly, customer.mobile());
        addIfPresent(tripletsOnly, customer.otherPhone());
        String haystack = SearchText.haystack(withPairs, tripletsOnly);
        Set<String> grams = SearchText.grams(withPairs, tripletsOnly);
        long id;
        if (entryId == null) {
            id = search.insertEntry(customer.id(), vehicle == null ? null : vehicle.id(), haystack);
        } else {
            id = entryId;
            search.updateEntry(id, customer.id(), haystack);
            search.deleteGrams(id);
        }
        search.insertGrams(grams, id);
    }

    private static void addIfPresent(List<String> fields, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(value);
        }
    }
}
