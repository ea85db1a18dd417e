package com.fours.workbench.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.PhoneNumber;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/** The customer records: creating, changing, merging, and who may see their phone numbers. */
public final class CustomerService {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public CustomerService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves a new customer. Unless {@code duplicatesConfirmed}, refuses with the customers that
     * share a phone number, so the advisor can open the existing record instead.
     */
    public Customer create(CustomerInput input, boolean duplicatesConfirmed) {
        session.require(Permission.EDIT_CUSTOMERS);
        ArchiveRules.CheckedCustomer checked = ArchiveRules.check(input);
        return transactions.inTransaction(handle -> {
            if (!duplicatesConfirmed) {
                List<PossibleDuplicate> duplicates = sharingPhones(handle, checked, 0);
                if (!duplicates.isEmpty()) {
                    throw new DuplicatesFoundException(duplicates);
                }
            }
            Customer created = insert(handle, checked);
            audit.record(handle, CustomersAuditAction.CUSTOMER_CREATED, "customer", created.id(), null, created.auditText());
            return created;
        });
    }

    /** Inserts and indexes a checked customer in the caller's transaction: for the import and the demo. */
    public Customer insert(Handle handle, ArchiveRules.CheckedCustomer c) {
        long id = insertUnindexed(handle, c);
        SearchIndex.customer(handle, id);
        return handle.attach(CustomerDao.class).find(id).orElseThrow().toCustomer();
    }

    /**
     * Inserts without indexing: only for a caller that adds a vehicle in the same transaction at
     * once, since {@link VehicleService#insert} indexes the owner (the import saves one index write
     * per customer this way).
     */
    public long insertUnindexed(Handle handle, ArchiveRules.CheckedCustomer c) {
        Instant now = clock.instant();
        long id = handle.attach(CustomerDao.class).insert(c.kind().name(), c.name(), PhoneColumn.of(c.mobile()),
                PhoneColumn.of(c.otherPhone()), c.address(), c.creditCode() == null ? null : c.creditCode().value(),
                c.preferredContact().name(), c.contactConsent(), c.contactConsent() ? now : null, c.memberLevel().name(),
                c.notes(), now);
        return id;
    }

    /** A new customer with the cars they own, checked, for {@link #insertAll}. */
    public record NewCustomer(ArchiveRules.CheckedCustomer customer, List<ArchiveRules.CheckedVehicle> vehicles) {
    }

    /**
     * Inserts and indexes many customers with their cars in the caller's transaction, each table in
     * one batch (the demo's archive): the same rows, ids and search entries as {@link #insertUnindexed},
     * {@link VehicleService#insertUnindexed} and {@link #index} one customer after the other. Refuses
     * a VIN that is stored already or given twice, as {@link VehicleService#insertUnindexed} does.
     */
    public void insertAll(Handle handle, List<NewCustomer> archive, String recordedBy) {
        Instant now = clock.instant();
        List<String> vins = archive.stream().flatMap(c -> c.vehicles().stream()).map(v -> v.vin().toString()).toList();
        VehicleDao vehicleDao = handle.attach(VehicleDao.class);
        Set<String> seen = new HashSet<>(vins.isEmpty() ? List.of() : vehicleDao.existingVins(vins));
        for (NewCustomer c : archive) {
            for (ArchiveRules.CheckedVehicle v : c.vehicles()) {
                if (!seen.add(v.vin().toString())) {
                    throw new InvalidFieldsException(Map.of(VehicleInput.VIN, new InvalidValueException(
                            "vehicle.invalid.vinExists", v.plate() == null ? v.vin().toString() : v.plate().toString())));
                }
            }
        }
        List<CustomerDao.StoredCustomer> customerRows = new ArrayList<>();
        for (NewCustomer nc : archive) {
            ArchiveRules.CheckedCustomer c = nc.customer();
            customerRows.add(new CustomerDao.StoredCustomer(c.kind().name(), c.name(), PhoneColumn.of(c.mobile()),
                    PhoneColumn.of(c.otherPhone()), c.address(), c.creditCode() == null ? null : c.creditCode().value(),
                    c.preferredContact().name(), c.contactConsent(), c.contactConsent() ? now : null,
                    c.memberLevel().name(), c.notes(), now));
        }
        List<Long> customerIds = customerRows.isEmpty() ? List.of() : handle.attach(CustomerDao.class).insertAll(customerRows);
        List<VehicleDao.StoredVehicle> vehicleRows = new ArrayList<>();
        List<Long> owners = new ArrayList<>();
        List<ArchiveRules.CheckedVehicle> flat = new ArrayList<>();
        for (int i = 0; i < archive.size(); i++) {
            for (ArchiveRules.CheckedVehicle v : archive.get(i).vehicles()) {
                vehicleRows.add(new VehicleDao.StoredVehicle(v.vin().toString(), v.plate() == null ? null : v.plate().toString(),
                        v.plateColor() == null ? null : v.plateColor().name(), v.brand(), v.model(), v.modelYear(),
                        v.engineNumber(), v.bodyColor(), v.firstRegistration(), v.mileage() == null ? 0 : v.mileage(),
                        v.insuranceExpiry(), v.nextServiceDate(), v.nextServiceMileage(), customerIds.get(i), now));
                owners.add(customerIds.get(i));
                flat.add(v);
            }
        }
        List<Long> vehicleIds = vehicleRows.isEmpty() ? List.of() : vehicleDao.insertAll(vehicleRows);
        if (!vehicleIds.isEmpty()) {
            vehicleDao.openOwnerships(vehicleIds, owners, now);
        }
        List<Long> read = new ArrayList<>();
        List<Integer> mileages = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            // only a car whose mileage was given gets a first reading
            if (flat.get(i).mileage() != null) {
                read.add(vehicleIds.get(i));
                mileages.add(flat.get(i).mileage());
            }
        }
        if (!read.isEmpty()) {
            vehicleDao.addReadings(read, mileages, now, recordedBy);
        }
        // the entries as SearchIndex writes them from the stored columns: one per car, or the customer's own
        List<Long> entryCustomers = new ArrayList<>();
        List<Long> entryVehicles = new ArrayList<>();
        List<String> haystacks = new ArrayList<>();
        List<Set<String>> entryGrams = new ArrayList<>();
        int vehicle = 0;
        for (int i = 0; i < archive.size(); i++) {
            CustomerDao.StoredCustomer c = customerRows.get(i);
            if (archive.get(i).vehicles().isEmpty()) {
                SearchIndex.Text text = SearchIndex.text(null, null, c.name(), c.mobile(), c.otherPhone());
                entryCustomers.add(customerIds.get(i));
                entryVehicles.add(null);
                haystacks.add(text.haystack());
                entryGrams.add(text.grams());
            }
            for (int v = 0; v < archive.get(i).vehicles().size(); v++, vehicle++) {
                VehicleDao.StoredVehicle row = vehicleRows.get(vehicle);
                SearchIndex.Text text = SearchIndex.text(row.plate(), row.vin(), c.name(), c.mobile(), c.otherPhone());
                entryCustomers.add(customerIds.get(i));
                entryVehicles.add(vehicleIds.get(vehicle));
                haystacks.add(text.haystack());
                entryGrams.add(text.grams());
            }
        }
        if (entryCustomers.isEmpty()) {
            return;
        }
        SearchDao search = handle.attach(SearchDao.class);
        List<Long> entryIds = search.insertEntries(entryCustomers, entryVehicles, haystacks);
        List<String> grams = new ArrayList<>();
        List<Long> gramEntries = new ArrayList<>();
        for (int e = 0; e < entryIds.size(); e++) {
            for (String gram : entryGrams.get(e)) {
                grams.add(gram);
                gramEntries.add(entryIds.get(e));
            }
        }
        search.insertGramRows(grams, gramEntries);
    }

    /** Writes a customer's search entries once, after {@link #insertUnindexed} and its vehicles' unindexed inserts. */
    public void index(Handle handle, long customerId) {
        SearchIndex.customer(handle, customerId);
    }

    /** Saves changes; refuses when someone else saved the customer since {@code expectedVersion} was read. */
    public Customer update(long customerId, int expectedVersion, CustomerInput input) {
        session.require(Permission.EDIT_CUSTOMERS);
        ArchiveRules.CheckedCustomer c = ArchiveRules.check(input);
        return transactions.inTransaction(handle -> {
            CustomerDao customers = handle.attach(CustomerDao.class);
            Customer before = customers.find(customerId).orElseThrow(() -> unknown(customerId)).toCustomer();
            Instant consentAt = !c.contactConsent() ? null : before.contactConsent() ? before.consentAt() : clock.instant();
            int updated = customers.update(customerId, expectedVersion, c.kind().name(), c.name(), PhoneColumn.of(c.mobile()),
                    PhoneColumn.of(c.otherPhone()), c.address(), c.creditCode() == null ? null : c.creditCode().value(),
                    c.preferredContact().name(), c.contactConsent(), consentAt, c.memberLevel().name(), c.notes());
            if (updated == 0) {
                throw new ConcurrentChangeException(before.name());
            }
            SearchIndex.customer(handle, customerId);
            Customer after = customers.find(customerId).orElseThrow().toCustomer();
            audit.record(handle, CustomersAuditAction.CUSTOMER_CHANGED, "customer", customerId, before.auditText(),
                    after.auditText());
            return after;
        });
    }

    public Customer find(long customerId) {
        session.require(Permission.USE_CUSTOMERS);
        return transactions.read(handle -> handle.attach(CustomerDao.class).find(customerId)
                .orElseThrow(() -> unknown(customerId)).toCustomer());
    }

    /** The customer's phone as this user may see it: whole, or masked for roles that do not need it. */
    public String phoneForDisplay(PhoneNumber phone) {
        if (phone == null) {
            return "";
        }
        return session.may(Permission.VIEW_CUSTOMER_PHONES) ? phone.display() : phone.masked();
    }

    /** Shows a masked number in full, and leaves a row in the audit log that it was shown. */
    public String revealPhone(long customerId) {
        session.require(Permission.USE_CUSTOMERS);
        return transactions.inTransaction(handle -> {
            Customer customer = handle.attach(CustomerDao.class).find(customerId)
                    .orElseThrow(() -> unknown(customerId)).toCustomer();
            String shown = Stream.of(customer.mobile(), customer.otherPhone()).filter(Objects::nonNull)
                    .map(PhoneNumber::display).reduce((a, b) -> a + " / " + b).orElse("");
            audit.record(handle, CustomersAuditAction.PHONE_REVEALED, "customer", customerId, null, customer.name());
            return shown;
        });
    }

    /**
     * Folds {@code mergedId} into {@code keepId}: its vehicles, their ownership history and every
     * record that names it move over; blank fields of the kept record are filled from the other.
     */
    public Customer merge(long keepId, long mergedId) {
        session.require(Permission.MERGE_CUSTOMERS);
        if (keepId == mergedId) {
            throw new BusinessRuleException("customer.mergeSame");
        }
        return transactions.inTransaction(handle -> {
            CustomerDao customers = handle.attach(CustomerDao.class);
            VehicleDao vehicles = handle.attach(VehicleDao.class);
            Customer keep = live(customers, keepId);
            Customer merged = live(customers, mergedId);
            for (VehicleRow vehicle : vehicles.ownedBy(mergedId)) {
                vehicles.setOwner(vehicle.id(), keepId);
            }
            vehicles.moveOwnerships(mergedId, keepId);
            // records of later modules that name the customer follow the kept one
            customers.moveIntakes(mergedId, keepId);
            customers.moveRepairOrders(mergedId, keepId);
            int kept = customers.update(keepId, keep.version(), keep.kind().name(), keep.name(),
                    PhoneColumn.of(keep.mobile() != null ? keep.mobile() : merged.mobile()),
                    PhoneColumn.of(keep.otherPhone() != null ? keep.otherPhone()
                            : keep.mobile() != null && merged.mobile() != null && !merged.mobile().equals(keep.mobile())
                                    ? merged.mobile() : merged.otherPhone()),
                    keep.address() != null ? keep.address() : merged.address(),
                    keep.creditCode() != null ? keep.creditCode().value()
                            : merged.creditCode() == null ? null : merged.creditCode().value(),
                    keep.preferredContact().name(), keep.contactConsent() || merged.contactConsent(),
                    keep.contactConsent() ? keep.consentAt() : merged.consentAt(),
                    (keep.memberLevel().compareTo(merged.memberLevel()) >= 0 ? keep : merged).memberLevel().name(),
                    joinNotes(keep.notes(), merged.notes()));
            if (kept == 0 || customers.markMerged(mergedId, merged.version(), keepId) == 0) {
                throw new ConcurrentChangeException(kept == 0 ? keep.name() : merged.name());
            }
            SearchIndex.customer(handle, mergedId);
            SearchIndex.customer(handle, keepId);
            Customer after = customers.find(keepId).orElseThrow().toCustomer();
            audit.record(handle, CustomersAuditAction.CUSTOMERS_MERGED, "customer", keepId,
                    "kept: " + keep.auditText() + " | merged #" + mergedId + ": " + merged.auditText(), after.auditText());
            return after;
        });
    }

    private static String joinNotes(String kept, String merged) {
        if (merged == null || merged.isBlank()) {
            return kept;
        }
        String joined = kept == null || kept.isBlank() ? merged : kept + "\n" + merged;
        return joined.length() > ArchiveRules.MAX_NOTES ? joined.substring(0, ArchiveRules.MAX_NOTES) : joined;
    }

    private static Customer live(CustomerDao customers, long id) {
        CustomerRow row = customers.find(id).orElseThrow(() -> unknown(id));
        if (customers.mergedInto(id).isPresent()) {
            throw new BusinessRuleException("customer.alreadyMerged", row.name());
        }
        return row.toCustomer();
    }

    static List<PossibleDuplicate> sharingPhones(Handle handle, ArchiveRules.CheckedCustomer c, long exceptId) {
        List<String> phones = new ArrayList<>();
        if (c.mobile() != null) {
            phones.add(PhoneColumn.of(c.mobile()));
        }
        if (c.otherPhone() != null) {
            phones.add(PhoneColumn.of(c.otherPhone()));
        }
        if (phones.isEmpty()) {
            return List.of();
        }
        return handle.attach(CustomerDao.class).withPhones(phones, exceptId).stream()
                .map(row -> new PossibleDuplicate(row.id(), null, row.name(), PossibleDuplicate.Reason.SAME_PHONE))
                .toList();
    }

    static BusinessRuleException unknown(long customerId) {
        return new BusinessRuleException("customer.notFound", String.valueOf(customerId));
    }
}
