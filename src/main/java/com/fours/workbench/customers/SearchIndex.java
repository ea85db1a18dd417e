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
        Text text = text(vehicle == null ? null : vehicle.plate(), vehicle == null ? null : vehicle.vin(),
                customer.name(), customer.mobile(), customer.otherPhone());
        long id;
        if (entryId == null) {
            id = search.insertEntry(customer.id(), vehicle == null ? null : vehicle.id(), text.haystack());
        } else {
            id = entryId;
            search.updateEntry(id, customer.id(), text.haystack());
            search.deleteGrams(id);
        }
        search.insertGrams(text.grams(), id);
    }

    /** What one entry holds: the text a fragment is checked against and the grams that lead to it. */
    record Text(String haystack, Set<String> grams) {
    }

    /**
     * The entry of a vehicle ({@code vin} given) or of a customer without one (plate and VIN null),
     * from the stored columns. The bulk generator of the benchmark uses it too, so its index is
     * the one the services write.
     */
    static Text text(String plate, String vin, String name, String mobile, String otherPhone) {
        List<String> withPairs = new ArrayList<>();
        List<String> tripletsOnly = new ArrayList<>();
        if (vin != null) {
            addIfPresent(withPairs, plate);
            tripletsOnly.add(vin);
        }
        withPairs.add(name);
        withPairs.add(PinyinInitials.of(name));
        addIfPresent(tripletsOnly, mobile);
        addIfPresent(tripletsOnly, otherPhone);
        return new Text(SearchText.haystack(withPairs, tripletsOnly), SearchText.grams(withPairs, tripletsOnly));
    }

    private static void addIfPresent(List<String> fields, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(value);
        }
    }
}
