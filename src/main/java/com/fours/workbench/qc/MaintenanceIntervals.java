package com.fours.workbench.qc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The store's maintenance intervals (保养周期) per brand or model, and the next service they give a
 * car whose maintenance passed its final check (rule book 3.5(4), decision 0104): an order with a
 * charged line of first- or second-level maintenance is a maintenance.
 */
public final class MaintenanceIntervals {

    public static final String BRAND = "brand";
    public static final String MODEL = "model";
    public static final String EVERY_KM = "everyKm";
    public static final String EVERY_MONTHS = "everyMonths";
    static final int MAX_BRAND = 50;
    static final int MAX_MODEL = 80;
    static final int MAX_KM = 100_000;
    static final int MAX_MONTHS = 60;

    /** The categories that make an order a maintenance: they move the car's next service. */
    public static final Set<RepairCategory> MAINTENANCE = EnumSet.of(RepairCategory.FIRST_LEVEL_MAINTENANCE,
            RepairCategory.SECOND_LEVEL_MAINTENANCE);

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public MaintenanceIntervals(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public List<MaintenanceInterval> intervals() {
        session.require(Permission.USE_QUALITY_CONTROL);
        return transactions.read(handle -> handle.attach(MaintenanceIntervalDao.class).all());
    }

    /**
     * Sets the interval of a brand (model blank) or of one model: km, months or both; zero, a
     * negative or an absurd number, and an interval of neither are refused under their field.
     * The same brand and model typed again changes the interval kept.
     */
    public MaintenanceInterval save(String brandText, String modelText, String everyKmText, String everyMonthsText) {
        AuthenticatedUser user = session.require(Permission.MANAGE_QC_CHECKLISTS);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String brand = errors.check(BRAND, () -> Typed.requiredText(brandText, MAX_BRAND));
        String model = errors.check(MODEL, () -> Typed.optionalText(modelText, MAX_MODEL));
        Integer km = errors.check(EVERY_KM, () -> positive(everyKmText, MAX_KM));
        Integer months = errors.check(EVERY_MONTHS, () -> positive(everyMonthsText, MAX_MONTHS));
        if (km == null && months == null && blank(everyKmText) && blank(everyMonthsText)) {
            errors.reject(EVERY_KM, new InvalidValueException("qc.interval.none"));
        }
        errors.throwIfAny();
        String modelKey = model == null ? "" : model;
        return transactions.inTransaction(handle -> {
            MaintenanceIntervalDao dao = handle.attach(MaintenanceIntervalDao.class);
            Instant now = clock.instant();
            Optional<MaintenanceInterval> before = dao.exactly(brand, modelKey);
            long id;
            if (before.isPresent()) {
                id = before.get().id();
                dao.update(id, km, months, user.username(), now);
            } else {
                id = dao.insert(brand, modelKey, km, months, user.username(), now);
            }
            audit.record(handle, QcAuditAction.QC_MAINTENANCE_INTERVAL_SET, "maintenance_interval", id,
                    before.map(MaintenanceIntervals::describe).orElse(null),
                    describe(new MaintenanceInterval(id, brand, modelKey, km, months)));
            return dao.find(id).orElseThrow();
        });
    }

    public void remove(long id) {
        session.require(Permission.MANAGE_QC_CHECKLISTS);
        transactions.useTransaction(handle -> {
            MaintenanceIntervalDao dao = handle.attach(MaintenanceIntervalDao.class);
            MaintenanceInterval before = dao.find(id)
                    .orElseThrow(() -> new BusinessRuleException("qc.interval.notFound"));
            dao.delete(id);
            audit.record(handle, QcAuditAction.QC_MAINTENANCE_INTERVAL_SET, "maintenance_interval", id,
                    describe(before), null);
        });
    }

    /** The interval of a car: its model's, else its brand's; none when the store keeps neither. */
    public static Optional<MaintenanceInterval> ofCar(Handle handle, long vehicleId) {
        MaintenanceIntervalDao dao = handle.attach(MaintenanceIntervalDao.class);
        return dao.carModel(vehicleId).filter(c -> c.brand() != null)
                .flatMap(c -> dao.forCar(c.brand().strip(), c.model() == null ? "" : c.model().strip()));
    }

    /** Whether the work of these categories is a maintenance (it sets the next one). */
    public static boolean isMaintenance(Set<RepairCategory> categories) {
        return categories.stream().anyMatch(MAINTENANCE::contains);
    }

    static String describe(MaintenanceInterval i) {
        return i.brand() + (i.model().isEmpty() ? "" : " " + i.model()) + ": km=" + i.everyKm() + ", months="
                + i.everyMonths();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Integer positive(String text, int max) {
        Integer value = Typed.optionalWholeNumber(text, max);
        if (value != null && value == 0) {
            throw new InvalidValueException("qc.interval.zero");
        }
        return value;
    }

    /** For the sheet: the next service this car would get from a maintenance finished on this day at this reading. */
    static Optional<MaintenanceInterval.NextService> nextAfter(Handle handle, long vehicleId, LocalDate day, int km) {
        return ofCar(handle, vehicleId).map(i -> i.after(day, km));
    }
}
