package com.fours.workbench.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.appointments.AppointmentService;
import com.fours.workbench.appointments.Arrival;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerService;
import com.fours.workbench.customers.Vehicle;
import com.fours.workbench.customers.VehicleService;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.RepairOrder;
import com.fours.workbench.repair.RepairOrders;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Reception (接车): starts an intake sheet from an arrival, a vehicle card or a walk-in, saves it
 * together with its repair order, the car's odometer reading and its photos in one transaction,
 * marks it signed, and keeps the signed version when it is changed later.
 */
public final class IntakeService {

    static final DateTimeFormatter TYPED_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    /** Photos added in one go at most; a phone folder can hold hundreds. */
    public static final int MAX_PHOTOS = 30;
    private static final BigDecimal MAX_PROMISE_HOURS = new BigDecimal("99.99");

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final CustomerService customers;
    private final VehicleService vehicles;
    private final RepairOrders repairOrders;
    private final AppointmentService appointments;

    public IntakeService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                         CustomerService customers, VehicleService vehicles, RepairOrders repairOrders,
                         AppointmentService appointments) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.customers = customers;
        this.vehicles = vehicles;
        this.repairOrders = repairOrders;
        this.appointments = appointments;
    }

    /** A sheet for a car chosen on its card or just registered as a walk-in: its owner, nothing else known. */
    public IntakeDraft draftForVehicle(long vehicleId) {
        session.require(Permission.USE_RECEPTION);
        Vehicle vehicle = vehicles.card(vehicleId).vehicle();
        Customer owner = customers.find(vehicle.ownerId());
        return new IntakeDraft(owner, vehicle, null, new IntakeInput("", null, "", "", List.of(), "", "",
                OldPartsHandling.RETURN_TO_CUSTOMER, contactOf(owner), false, "", List.of()));
    }

    /** A sheet for a booked car: what the appointment knew is filled in, and its id is kept. */
    public IntakeDraft draftFromArrival(Arrival arrival) {
        session.require(Permission.USE_RECEPTION);
        Vehicle vehicle = vehicles.card(arrival.vehicleId()).vehicle();
        Customer customer = customers.find(arrival.customerId());
        String estimate = arrival.estimatedCost() == null || arrival.estimatedCost().isZero() ? ""
                : arrival.estimatedCost().toPlainString();
        String promised = "";
        // a booking holds at most 99.99 hours; anything else in a caller's record promises nothing
        if (arrival.estimatedHours() != null && arrival.estimatedHours().signum() > 0
                && arrival.estimatedHours().compareTo(MAX_PROMISE_HOURS) <= 0) {
            long minutes = arrival.estimatedHours().multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.CEILING)
                    .longValueExact();
            LocalDateTime ready = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofMinutes(minutes)), clock.getZone());
            // to the next half hour: a time people promise
            int extra = (30 - ready.getMinute() % 30) % 30;
            promised = TYPED_DATE_TIME.format(ready.plusMinutes(extra).withSecond(0).withNano(0));
        }
        return new IntakeDraft(customer, vehicle, arrival.appointmentId(), new IntakeInput("", null, "", "",
                arrival.requestedItems(), estimate, promised, OldPartsHandling.RETURN_TO_CUSTOMER, contactOf(customer),
                arrival.customerWaits(), arrival.notes(), List.of()));
    }

    private String contactOf(Customer customer) {
        String phone = customers.phoneForDisplay(customer.phone().orElse(null));
        return phone.isEmpty() ? customer.name() : customer.name() + " " + phone;
    }

    /**
     * Saves a new intake sheet and opens its repair order (status RECEIVED), records the odometer
     * reading on the car and keeps the photos, all or nothing. A reading below the car's last one
     * is refused under the mileage field unless a manager confirmed it ({@code mileageApprovedBy}).
     */
    public IntakeSheet receive(IntakeDraft draft, IntakeInput input, List<PreparedPhoto> chosenPhotos,
                               Optional<AuthenticatedUser> mileageApprovedBy) {
        AuthenticatedUser user = session.require(Permission.USE_RECEPTION);
        List<PreparedPhoto> photos = checkPhotos(chosenPhotos);
        Instant now = clock.instant();
        IntakeRules.Checked c = checkAll(input, now, draft.vehicle().id(), -1, mileageApprovedBy);
        // the draft is the caller's: its customer is looked up, so a stale one is refused by name, not by a key
        customers.find(draft.customer().id());
        long intakeId = transactions.inTransaction(handle -> {
            IntakeDao intakes = handle.attach(IntakeDao.class);
            if (draft.appointmentId() != null) {
                // the booking is "arrived" together with its sheet, never before it is saved
                appointments.arrive(handle, draft.appointmentId());
            }
            recordMileage(handle, draft.vehicle().id(), c.mileage(), mileageApprovedBy);
            long id = intakes.insert(draft.customer().id(), draft.vehicle().id(), draft.appointmentId(), user.username(),
                    now, c.mileage(), c.fuelLevel().name(), c.valuables(), c.complaint(), String.join("\n", c.items()),
                    c.estimatedCost() == null ? null : c.estimatedCost().amount(), c.promisedAt(), c.oldParts().name(),
                    c.approvalContact(), c.customerWaits(), c.notes());
            writeMarkers(intakes, id, c.markers());
            KeysAndDocuments.write(handle, id, c.taken());
            RepairOrder order = repairOrders.open(handle, draft.customer().id(), draft.vehicle().id(), id, user.username());
            for (PreparedPhoto photo : photos) {
                intakes.insertPhoto(id, photo.fileName(), photo.width(), photo.height(), photo.image(), photo.thumbnail(),
                        now, user.username());
            }
            Intake saved = load(handle, id);
            audit.record(handle, IntakeAuditAction.INTAKE_RECEIVED, "intake", id, null,
                    "repairOrder=" + order.number() + ", vehicle=" + draft.vehicle().id() + ", appointment="
                            + draft.appointmentId() + ", photos=" + photos.size() + "\n"
                            + IntakeSnapshot.of(saved).toText());
            return id;
        });
        return sheet(intakeId);
    }

    /**
     * Saves changes. On a signed sheet the signed version stays as it was signed and the changes
     * are kept as a new revision; the sheet then shows what changed, field by field.
     */
    public IntakeSheet update(long intakeId, int expectedVersion, IntakeInput input,
                              Optional<AuthenticatedUser> mileageApprovedBy) {
        AuthenticatedUser user = session.require(Permission.USE_RECEPTION);
        transactions.useTransaction(handle -> {
            IntakeDao intakes = handle.attach(IntakeDao.class);
            Intake before = load(handle, intakeId);
            IntakeRules.Checked c = checkAll(input, before.receivedAt(), before.vehicleId(), before.mileage(),
                    mileageApprovedBy);
            if (before.version() != expectedVersion) {
                throw new ConcurrentChangeException(describe(handle, before));
            }
            if (c.mileage() != before.mileage()) {
                recordMileage(handle, before.vehicleId(), c.mileage(), mileageApprovedBy);
            }
            int updated = intakes.update(intakeId, expectedVersion, c.mileage(), c.fuelLevel().name(), c.valuables(),
                    c.complaint(), String.join("\n", c.items()),
                    c.estimatedCost() == null ? null : c.estimatedCost().amount(), c.promisedAt(), c.oldParts().name(),
                    c.approvalContact(), c.customerWaits(), c.notes());
            if (updated == 0) {
                throw new ConcurrentChangeException(describe(handle, before));
            }
            writeMarkers(intakes, intakeId, c.markers());
            KeysAndDocuments.write(handle, intakeId, c.taken());
            Intake after = load(handle, intakeId);
            IntakeSnapshot snapshot = IntakeSnapshot.of(after);
            if (after.signed()) {
                intakes.insertRevision(intakeId, "EDITED", snapshot.toText(), clock.instant(), user.username());
            }
            audit.record(handle, IntakeAuditAction.INTAKE_CHANGED, "intake", intakeId,
                    IntakeSnapshot.of(before).toText(), snapshot.toText());
        });
        return sheet(intakeId);
    }

    /**
     * The customer has signed the printed sheet: this version is kept as it is. Signing again
     * after changes makes the new version the signed one.
     */
    public IntakeSheet sign(long intakeId, int expectedVersion) {
        AuthenticatedUser user = session.require(Permission.USE_RECEPTION);
        transactions.useTransaction(handle -> {
            IntakeDao intakes = handle.attach(IntakeDao.class);
            Intake before = load(handle, intakeId);
            Instant now = clock.instant();
            if (intakes.sign(intakeId, expectedVersion, now, user.username()) == 0) {
                throw new ConcurrentChangeException(describe(handle, before));
            }
            String snapshot = IntakeSnapshot.of(load(handle, intakeId)).toText();
            intakes.insertRevision(intakeId, "SIGNED", snapshot, now, user.username());
            audit.record(handle, IntakeAuditAction.INTAKE_SIGNED, "intake", intakeId, null, snapshot);
        });
        return sheet(intakeId);
    }

    /** Keeps more photos with a saved sheet. */
    public IntakeSheet addPhotos(long intakeId, List<PreparedPhoto> chosenPhotos) {
        AuthenticatedUser user = session.require(Permission.USE_RECEPTION);
        List<PreparedPhoto> photos = checkPhotos(chosenPhotos);
        transactions.useTransaction(handle -> {
            IntakeDao intakes = handle.attach(IntakeDao.class);
            load(handle, intakeId);
            Instant now = clock.instant();
            for (PreparedPhoto photo : photos) {
                long id = intakes.insertPhoto(intakeId, photo.fileName(), photo.width(), photo.height(), photo.image(),
                        photo.thumbnail(), now, user.username());
                audit.record(handle, IntakeAuditAction.INTAKE_PHOTO_ADDED, "intake", intakeId, null,
                        "photo=" + id + ", file=" + photo.fileName());
            }
        });
        return sheet(intakeId);
    }

    /** Checks and shrinks an image file before it is kept; see {@link IntakePhotos}. */
    public PreparedPhoto preparePhoto(String fileName, byte[] bytes) {
        session.require(Permission.USE_RECEPTION);
        return IntakePhotos.prepare(fileName, bytes);
    }

    public byte[] photo(long photoId) {
        session.require(Permission.USE_RECEPTION);
        return transactions.read(handle -> handle.attach(IntakeDao.class).photoImage(photoId)
                .orElseThrow(() -> new BusinessRuleException("intake.photo.notFound", String.valueOf(photoId))));
    }

    public IntakeSheet sheet(long intakeId) {
        session.require(Permission.USE_RECEPTION);
        record Read(Intake intake, RepairOrder order, String advisorName, List<IntakePhoto> photos,
                    List<FieldChange> changes) {
        }
        Read read = transactions.read(handle -> {
            IntakeDao intakes = handle.attach(IntakeDao.class);
            Intake intake = load(handle, intakeId);
            List<FieldChange> changes = intakes.lastSignedSnapshot(intakeId)
                    .map(signed -> IntakeSnapshot.of(intake).changesSince(IntakeSnapshot.parse(signed)))
                    .orElse(List.of());
            return new Read(intake, repairOrders.ofIntake(handle, intakeId).orElseThrow(),
                    intakes.displayName(intake.advisor()).orElse(intake.advisor()), intakes.photos(intakeId), changes);
        });
        return new IntakeSheet(read.intake(), read.order(), customers.find(read.intake().customerId()),
                vehicles.card(read.intake().vehicleId()).vehicle(), read.advisorName(), read.photos(), read.changes());
    }

    /** The latest receptions, newest first. */
    public List<IntakeSummary> recent(int limit) {
        session.require(Permission.USE_RECEPTION);
        return transactions.read(handle -> handle.attach(IntakeDao.class).recent(Math.max(1, Math.min(limit, 500))));
    }

    /** For the demo data: a sheet saved in the caller's transaction by a named advisor, signed or not. */
    public long insertForDemo(Handle handle, long customerId, long vehicleId, IntakeInput input, Instant receivedAt,
                              String advisor, boolean signed) {
        IntakeRules.Checked c = IntakeRules.check(input, receivedAt, clock.getZone());
        IntakeDao intakes = handle.attach(IntakeDao.class);
        long id = intakes.insert(customerId, vehicleId, null, advisor, receivedAt, c.mileage(), c.fuelLevel().name(),
                c.valuables(), c.complaint(), String.join("\n", c.items()),
                c.estimatedCost() == null ? null : c.estimatedCost().amount(), c.promisedAt(), c.oldParts().name(),
                c.approvalContact(), c.customerWaits(), c.notes());
        writeMarkers(intakes, id, c.markers());
        KeysAndDocuments.write(handle, id, c.taken());
        repairOrders.open(handle, customerId, vehicleId, id, advisor, receivedAt);
        if (signed) {
            Intake saved = load(handle, id);
            intakes.sign(id, saved.version(), receivedAt.plusSeconds(300), advisor);
            intakes.insertRevision(id, "SIGNED", IntakeSnapshot.of(load(handle, id)).toText(),
                    receivedAt.plusSeconds(300), advisor);
        }
        return id;
    }

    /**
     * The sheet's own checks, and with their refusals also a mileage below the car's last reading,
     * so the advisor sees every problem at once (the transaction checks the mileage again).
     * {@code unchangedMileage} is the sheet's saved reading, which needs no second look.
     */
    private IntakeRules.Checked checkAll(IntakeInput input, Instant receivedAt, long vehicleId, int unchangedMileage,
                                         Optional<AuthenticatedUser> approvedBy) {
        try {
            return IntakeRules.check(input, receivedAt, clock.getZone());
        } catch (InvalidFieldsException refused) {
            if (refused.byField().containsKey(IntakeInput.MILEAGE) || approvedBy.isPresent()) {
                throw refused;
            }
            int typed;
            try {
                typed = IntakeRules.mileage(input.mileage());
            } catch (BusinessRuleException e) {
                throw refused;
            }
            int last = vehicles.card(vehicleId).vehicle().mileage();
            if (typed == unchangedMileage || typed >= last) {
                throw refused;
            }
            Map<String, BusinessRuleException> all = new java.util.LinkedHashMap<>();
            all.put(IntakeInput.MILEAGE, new InvalidValueException("vehicle.mileage.backwards", last));
            all.putAll(refused.byField());
            throw new InvalidFieldsException(all);
        }
    }

    private void recordMileage(Handle handle, long vehicleId, int mileage, Optional<AuthenticatedUser> approvedBy) {
        try {
            vehicles.recordMileage(handle, vehicleId, mileage, approvedBy);
        } catch (BusinessRuleException e) {
            if (e instanceof InvalidFieldsException) {
                throw e;
            }
            if ("vehicle.mileage.backwards".equals(e.messageKey())) {
                throw new InvalidFieldsException(Map.of(IntakeInput.MILEAGE, e));
            }
            throw e;
        }
    }

    private static void writeMarkers(IntakeDao intakes, long intakeId, List<DamageMarker> markers) {
        intakes.deleteMarkers(intakeId);
        for (DamageMarker m : markers) {
            intakes.insertMarker(intakeId, m.number(), m.view().name(), m.x(), m.y(), m.type().name(), m.note());
        }
    }

    private static Intake load(Handle handle, long intakeId) {
        IntakeDao intakes = handle.attach(IntakeDao.class);
        IntakeRow row = intakes.find(intakeId).orElseThrow(() -> IntakeRules.unknown(intakeId));
        return row.toIntake(intakes.markers(intakeId).stream().map(MarkerRow::toMarker).toList(),
                KeysAndDocuments.items(handle, intakeId));
    }

    private String describe(Handle handle, Intake intake) {
        return repairOrders.ofIntake(handle, intake.id()).map(RepairOrder::number).orElse(String.valueOf(intake.id()));
    }

    /** Photos come from {@link #preparePhoto}; one made any other way is refused before anything is written. */
    private static List<PreparedPhoto> checkPhotos(List<PreparedPhoto> photos) {
        if (photos == null) {
            return List.of();
        }
        if (photos.size() > MAX_PHOTOS) {
            throw new BusinessRuleException("intake.photo.tooMany", MAX_PHOTOS);
        }
        for (PreparedPhoto photo : photos) {
            if (photo == null || !IntakePhotos.safeFileName(photo.fileName()).equals(photo.fileName())
                    || photo.image() == null || photo.image().length == 0 || photo.thumbnail() == null) {
                throw new BusinessRuleException("intake.photo.notImage",
                        photo == null ? "" : IntakePhotos.safeFileName(photo.fileName()));
            }
        }
        return photos;
    }
}
