package com.fours.workbench.customers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/** The vehicle records: creating, changing, changing owner, and the odometer that never runs back. */
public final class VehicleService {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<VisitSource> visitSources;

    public VehicleService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                          List<VisitSource> visitSources) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.visitSources = List.copyOf(visitSources);
    }

    /**
     * A new vehicle of {@code ownerId}. A VIN already in the archive is refused (it is the same
     * car); a plate already on another vehicle is a warning unless {@code duplicatesConfirmed}.
     */
    public Vehicle create(long ownerId, VehicleInput input, boolean duplicatesConfirmed) {
        AuthenticatedUser user = session.require(Permission.EDIT_CUSTOMERS);
        ArchiveRules.CheckedVehicle checked = ArchiveRules.check(input, LocalDate.now(clock));
        return transactions.inTransaction(handle -> {
            if (!duplicatesConfirmed && checked.plate() != null) {
                List<PossibleDuplicate> duplicates = sharingPlate(handle, checked, 0);
                if (!duplicates.isEmpty()) {
                    throw new DuplicatesFoundException(duplicates);
                }
            }
            Vehicle created = insert(handle, ownerId, checked, user.username());
            audit.record(handle, CustomersAuditAction.VEHICLE_CREATED, "vehicle", created.id(), null,
                    "owner=" + ownerId + ", " + created.auditText());
            return created;
        });
    }

    /** Inserts and indexes a checked vehicle in the caller's transaction: for the import and the demo. */
    public Vehicle insert(Handle handle, long ownerId, ArchiveRules.CheckedVehicle v, String recordedBy) {
        Vehicle inserted = insertUnindexed(handle, ownerId, v, recordedBy);
        SearchIndex.customer(handle, ownerId);
        return inserted;
    }

    /**
     * As {@link #insert} without writing the owner's search entries: for a caller that adds several
     * cars of one owner and then indexes the owner once ({@link CustomerService#index}).
     */
    public Vehicle insertUnindexed(Handle handle, long ownerId, ArchiveRules.CheckedVehicle v, String recordedBy) {
        CustomerDao customers = handle.attach(CustomerDao.class);
        customers.find(ownerId).orElseThrow(() -> CustomerService.unknown(ownerId));
        VehicleDao vehicles = handle.attach(VehicleDao.class);
        vehicles.findByVin(v.vin().toString()).ifPresent(existing -> {
            throw new InvalidFieldsException(Map.of(VehicleInput.VIN,
                    new InvalidValueException("vehicle.invalid.vinExists", existing.plate() == null ? existing.vin()
                            : existing.plate())));
        });
        Instant now = clock.instant();
        int mileage = v.mileage() == null ? 0 : v.mileage();
        long id = vehicles.insert(v.vin().toString(), v.plate() == null ? null : v.plate().toString(),
                v.plateColor() == null ? null : v.plateColor().name(), v.brand(), v.model(), v.modelYear(),
                v.engineNumber(), v.bodyColor(), v.firstRegistration(), mileage, v.insuranceExpiry(),
                v.nextServiceDate(), v.nextServiceMileage(), ownerId, now);
        vehicles.openOwnership(id, ownerId, now);
        if (v.mileage() != null) {
            vehicles.addReading(id, mileage, now, recordedBy, null);
        }
        return vehicles.find(id).orElseThrow().toVehicle();
    }

    /**
     * Saves changes. A mileage below the recorded one is refused unless a manager confirmed it
     * ({@code correctionApprovedBy}); the correction is audited with the manager's name.
     */
    public Vehicle update(long vehicleId, int expectedVersion, VehicleInput input,
                          Optional<AuthenticatedUser> correctionApprovedBy) {
        AuthenticatedUser user = session.require(Permission.EDIT_CUSTOMERS);
        ArchiveRules.CheckedVehicle v = ArchiveRules.check(input, LocalDate.now(clock));
        requireMayCorrectMileage(correctionApprovedBy);
        return transactions.inTransaction(handle -> {
            VehicleDao vehicles = handle.attach(VehicleDao.class);
            Vehicle before = vehicles.find(vehicleId).orElseThrow(() -> unknown(vehicleId)).toVehicle();
            int mileage = v.mileage() == null ? before.mileage() : v.mileage();
            String approver;
            try {
                approver = mileageCorrectedBy(before, mileage, correctionApprovedBy);
            } catch (InvalidValueException backwards) {
                throw new InvalidFieldsException(Map.of(VehicleInput.MILEAGE, backwards));
            }
            if (!v.vin().equals(before.vin())) {
                vehicles.findByVin(v.vin().toString()).ifPresent(other -> {
                    throw new InvalidFieldsException(Map.of(VehicleInput.VIN,
                            new InvalidValueException("vehicle.invalid.vinExists", other.plate() == null ? other.vin()
                                    : other.plate())));
                });
            }
            int updated = vehicles.update(vehicleId, expectedVersion, v.vin().toString(),
                    v.plate() == null ? null : v.plate().toString(), v.plateColor() == null ? null : v.plateColor().name(),
                    v.brand(), v.model(), v.modelYear(), v.engineNumber(), v.bodyColor(), v.firstRegistration(), mileage,
                    v.insuranceExpiry(), v.nextServiceDate(), v.nextServiceMileage());
            if (updated == 0) {
                throw new ConcurrentChangeException(before.label());
            }
            if (mileage != before.mileage()) {
                vehicles.addReading(vehicleId, mileage, clock.instant(), user.username(), approver);
                auditCorrection(handle, before, mileage, approver);
            }
            SearchIndex.vehicle(handle, vehicleId, null);
            Vehicle after = vehicles.find(vehicleId).orElseThrow().toVehicle();
            audit.record(handle, CustomersAuditAction.VEHICLE_CHANGED, "vehicle", vehicleId, before.auditText(),
                    after.auditText());
            return after;
        });
    }

    /**
     * An odometer reading taken by another module (the reception's intake sheet), in that module's
     * transaction. A reading below the recorded one is refused with {@code vehicle.mileage.backwards}
     * unless a manager holding {@code CORRECT_MILEAGE} confirmed it; then it is audited with the
     * manager's name, as on the vehicle form. Returns the vehicle as it is now.
     */
    public Vehicle recordMileage(Handle handle, long vehicleId, int mileage, Optional<AuthenticatedUser> approvedBy) {
        AuthenticatedUser user = session.requireUser();
        requireMayCorrectMileage(approvedBy);
        VehicleDao vehicles = handle.attach(VehicleDao.class);
        Vehicle before = vehicles.find(vehicleId).orElseThrow(() -> unknown(vehicleId)).toVehicle();
        String approver = mileageCorrectedBy(before, mileage, approvedBy);
        if (mileage != before.mileage()) {
            vehicles.setMileage(vehicleId, mileage);
        }
        vehicles.addReading(vehicleId, mileage, clock.instant(), user.username(), approver);
        auditCorrection(handle, before, mileage, approver);
        return vehicles.find(vehicleId).orElseThrow().toVehicle();
    }

    /**
     * The next maintenance a finished service sets (by date, by mileage, or both: whichever comes
     * first), in the calling module's transaction; {@code source} says where it came from (the order
     * and the interval) for the audit log. Returns the vehicle as it is now.
     */
    public Vehicle recordNextService(Handle handle, long vehicleId, LocalDate date, Integer mileage, String source) {
        session.requireUser();
        VehicleDao vehicles = handle.attach(VehicleDao.class);
        Vehicle before = vehicles.find(vehicleId).orElseThrow(() -> unknown(vehicleId)).toVehicle();
        vehicles.setNextService(vehicleId, date, mileage);
        audit.record(handle, CustomersAuditAction.NEXT_SERVICE_SET, "vehicle", vehicleId,
                before.nextServiceDate() + "/" + before.nextServiceMileage(), date + "/" + mileage + ", " + source);
        return vehicles.find(vehicleId).orElseThrow().toVehicle();
    }

    // ---- the mileage rule: never backwards unless a manager holding CORRECT_MILEAGE confirmed it

    private static void requireMayCorrectMileage(Optional<AuthenticatedUser> approvedBy) {
        approvedBy.ifPresent(approver -> {
            if (!approver.may(Permission.CORRECT_MILEAGE)) {
                throw new BusinessRuleException("approval.notAllowed", approver.displayName(), Permission.CORRECT_MILEAGE);
            }
        });
    }

    /**
     * Who confirmed a reading below the recorded one (null when it does not go backwards); refused
     * with {@code vehicle.mileage.backwards} when nobody did.
     */
    private static String mileageCorrectedBy(Vehicle before, int mileage, Optional<AuthenticatedUser> approvedBy) {
        if (mileage >= before.mileage()) {
            return null;
        }
        return approvedBy.orElseThrow(() -> new InvalidValueException("vehicle.mileage.backwards",
                before.mileage())).username();
    }

    /** A backwards reading is audited with the manager who confirmed it. */
    private void auditCorrection(Handle handle, Vehicle before, int mileage, String approver) {
        if (approver != null) {
            audit.record(handle, CustomersAuditAction.MILEAGE_CORRECTED, "vehicle", before.id(),
                    "mileage=" + before.mileage(), "mileage=" + mileage + ", approvedBy=" + approver);
        }
    }

    /** Hands the vehicle to another customer; the previous ownership stays in its history. */
    public Vehicle changeOwner(long vehicleId, int expectedVersion, long newOwnerId) {
        session.require(Permission.EDIT_CUSTOMERS);
        return transactions.inTransaction(handle -> {
            VehicleDao vehicles = handle.attach(VehicleDao.class);
            Vehicle before = vehicles.find(vehicleId).orElseThrow(() -> unknown(vehicleId)).toVehicle();
            if (before.version() != expectedVersion) {
                throw new ConcurrentChangeException(before.label());
            }
            if (before.ownerId() == newOwnerId) {
                throw new BusinessRuleException("vehicle.sameOwner");
            }
            CustomerDao customers = handle.attach(CustomerDao.class);
            customers.find(newOwnerId).orElseThrow(() -> CustomerService.unknown(newOwnerId));
            if (customers.mergedInto(newOwnerId).isPresent()) {
                throw new BusinessRuleException("customer.alreadyMerged", String.valueOf(newOwnerId));
            }
            Instant now = clock.instant();
            vehicles.closeOwnership(vehicleId, now);
            vehicles.openOwnership(vehicleId, newOwnerId, now);
            vehicles.setOwner(vehicleId, newOwnerId);
            SearchIndex.vehicle(handle, vehicleId, before.ownerId());
            audit.record(handle, CustomersAuditAction.VEHICLE_OWNER_CHANGED, "vehicle", vehicleId,
                    "owner=" + before.ownerId(), "owner=" + newOwnerId);
            return vehicles.find(vehicleId).orElseThrow().toVehicle();
        });
    }

    /** Everything the vehicle card shows: the car, its owner, its history and its visits. */
    public VehicleCard card(long vehicleId) {
        session.require(Permission.USE_CUSTOMERS);
        VehicleCard card = transactions.read(handle -> {
            VehicleDao vehicles = handle.attach(VehicleDao.class);
            Vehicle vehicle = vehicles.find(vehicleId).orElseThrow(() -> unknown(vehicleId)).toVehicle();
            Customer owner = handle.attach(CustomerDao.class).find(vehicle.ownerId()).orElseThrow().toCustomer();
            return new VehicleCard(vehicle, owner, vehicles.ownershipHistory(vehicleId), vehicles.readings(vehicleId),
                    List.of());
        });
        List<Visit> visits = visitSources.stream().flatMap(source -> source.visitsOf(vehicleId).stream())
                .sorted((a, b) -> b.date().compareTo(a.date())).toList();
        return new VehicleCard(card.vehicle(), card.owner(), card.owners(), card.readings(), visits);
    }

    public List<Vehicle> ownedBy(long customerId) {
        session.require(Permission.USE_CUSTOMERS);
        return transactions.read(handle -> handle.attach(VehicleDao.class).ownedBy(customerId).stream()
                .map(VehicleRow::toVehicle).toList());
    }

    static List<PossibleDuplicate> sharingPlate(Handle handle, ArchiveRules.CheckedVehicle v, long exceptId) {
        return handle.attach(VehicleDao.class).withPlate(v.plate().toString(), exceptId).stream()
                .map(row -> new PossibleDuplicate(row.ownerId(), row.id(), row.plate() + " " + row.vin(),
                        PossibleDuplicate.Reason.SAME_PLATE))
                .toList();
    }

    private static BusinessRuleException unknown(long vehicleId) {
        return new BusinessRuleException("vehicle.notFound", String.valueOf(vehicleId));
    }
}
