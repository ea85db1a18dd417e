package com.fours.workbench.care;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The insurance-expiry and annual-inspection (年检) due lists customer care calls from, beside
 * the maintenance-due list of appointments, and the calls made: each call is kept (and shows in the
 * contact history). A car is listed from 30 days overdue up to the chosen number of weeks ahead.
 */
public final class DueReminders {

    static final int DAYS_OVERDUE_SHOWN = 30;
    public static final String OUTCOME = "dueOutcome";
    public static final String NOTE = "dueNote";

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public DueReminders(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public List<DueReminderCar> due(DueReminderKind kind, int weeks) {
        session.require(Permission.USE_CUSTOMER_CARE);
        if (weeks < 1 || weeks > 26) {
            throw new BusinessRuleException("reminders.invalidWeeks");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(DAYS_OVERDUE_SHOWN);
        LocalDate until = today.plusWeeks(weeks);
        return transactions.read(handle -> {
            DueReminderDao dao = handle.attach(DueReminderDao.class);
            List<DueReminderDao.Car> cars = new ArrayList<>();
            if (kind == DueReminderKind.INSURANCE) {
                cars.addAll(dao.insuranceDue(from, until));
            } else {
                dao.registered().forEach(car -> {
                    LocalDate due = AnnualInspection.nextDue(car.dueOn(), from);
                    if (due != null && !due.isAfter(until)) {
                        cars.add(new DueReminderDao.Car(car.vehicleId(), car.customerId(), car.plate(), car.vin(),
                                car.brand(), car.model(), car.ownerName(), car.mobile(), due));
                    }
                });
            }
            Map<String, DueReminderDao.LastCall> calls = new HashMap<>();
            dao.lastCalls(kind.name(), from, until).forEach(c -> calls.put(c.vehicleId() + "/" + c.dueOn(), c));
            return cars.stream().map(car -> {
                DueReminderDao.LastCall last = calls.get(car.vehicleId() + "/" + car.dueOn());
                String model = ((car.brand() == null ? "" : car.brand()) + " " + (car.model() == null ? "" : car.model())).strip();
                return new DueReminderCar(car.vehicleId(), car.customerId(), car.plate() == null ? car.vin() : car.plate(),
                        model, car.ownerName(), car.mobile() == null ? "" : car.mobile(), kind, car.dueOn(),
                        (int) Math.max(0, ChronoUnit.DAYS.between(car.dueOn(), today)),
                        last == null ? null : last.calledAt(), last == null ? null : last.outcome());
            }).sorted(Comparator.comparing(DueReminderCar::dueOn).thenComparing(DueReminderCar::vehicleId)).toList();
        });
    }

    /** A call about a car's due day and what it came to; audited and kept in the contact history. */
    public void recordCall(long vehicleId, DueReminderKind kind, LocalDate dueOn, DueReminderOutcome outcome, String note) {
        AuthenticatedUser user = session.require(Permission.USE_CUSTOMER_CARE);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (outcome == null) {
            errors.reject(OUTCOME, new InvalidValueException("field.required"));
        }
        String text = errors.check(NOTE, () -> {
            String t = Typed.optionalText(note, 300);
            return t == null ? "" : t;
        });
        errors.throwIfAny();
        if (kind == null || dueOn == null) {
            throw new BusinessRuleException("care.due.noDueDay");
        }
        transactions.useTransaction(handle -> recordCall(handle, user.username(), vehicleId, kind, dueOn, outcome, text));
    }

    private void recordCall(Handle handle, String by, long vehicleId, DueReminderKind kind, LocalDate dueOn,
                            DueReminderOutcome outcome, String note) {
        DueReminderDao dao = handle.attach(DueReminderDao.class);
        if (dao.vehicles(vehicleId) != 1) {
            throw new BusinessRuleException("care.complaint.noSuchCar");
        }
        dao.insertCall(vehicleId, kind.name(), dueOn, outcome.name(), note, by, clock.instant());
        audit.record(handle, ComplaintAuditAction.DUE_REMINDER_CALLED, "vehicle", vehicleId, null,
                kind + " due " + dueOn + ": " + outcome + (note.isEmpty() ? "" : ", " + note));
    }
}
