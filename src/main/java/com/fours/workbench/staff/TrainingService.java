package com.fours.workbench.staff;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Training records and the required plan (rule book 8.1): induction within the first month, a
 * training every quarter; and, for environment and safety (issue 21), who had no safety training
 * this year. Only the service manager records and reads them.
 */
public final class TrainingService {

    public static final String EMPLOYEE = "employee";
    public static final String COURSE = "course";
    public static final String KIND = "kind";
    public static final String HOURS = "hours";
    public static final String HELD_ON = "heldOn";
    public static final String TRAINER = "trainer";
    /** No course is longer than a day. */
    static final BigDecimal MOST_HOURS = BigDecimal.valueOf(24);
    static final int LIST_LIMIT = 500;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public TrainingService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<StaffMember> staff() {
        session.require(Permission.MANAGE_STAFF);
        return transactions.read(handle -> staff(handle, clock.getZone()));
    }

    /** The staff read in the caller's handle (the demo's contributor). */
    public static List<StaffMember> staff(Handle handle, ZoneId zone) {
        return StaffDirectory.staff(handle, zone);
    }

    public TrainingRecord record(TrainingInput input) {
        AuthenticatedUser user = session.require(Permission.MANAGE_STAFF);
        TrainingInput checked = checked(input, today());
        return transactions.inTransaction(handle -> {
            if (StaffDirectory.member(handle, checked.userId(), clock.getZone()).isEmpty()) {
                throw new InvalidFieldsException(Map.of(EMPLOYEE, new BusinessRuleException("staff.training.notStaff")));
            }
            TrainingRecord saved = insert(handle, checked, user.username());
            audit.record(handle, StaffAuditAction.TRAINING_RECORDED, "staff_training", saved.id(), null,
                    saved.employeeName() + ", " + saved.course() + ", " + saved.kind() + ", " + saved.hours() + " h, "
                            + saved.heldOn() + ", passed=" + saved.passed());
            return saved;
        });
    }

    /** Writes checked input in the caller's handle (the demo's contributor, nobody logged in). */
    public TrainingRecord insert(Handle handle, TrainingInput checked, String recordedBy) {
        StaffDao dao = handle.attach(StaffDao.class);
        long id = dao.insertTraining(checked.userId(), checked.course(), checked.kind(), checked.hours(), checked.heldOn(),
                checked.trainer(), checked.passed(), recordedBy, clock.instant());
        return dao.training(id);
    }

    /** Refuses, next to its field, what is missing, hours not above 0 or over a day, a day still to come. */
    public static TrainingInput checked(TrainingInput input, LocalDate today) {
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.userId() == null) {
            errors.reject(EMPLOYEE, new BusinessRuleException("field.required"));
        }
        String course = input.course() == null ? "" : input.course().strip();
        if (course.isEmpty()) {
            errors.reject(COURSE, new BusinessRuleException("field.required"));
        } else if (course.length() > 200) {
            errors.reject(COURSE, new BusinessRuleException("staff.training.tooLong", 200));
        }
        if (input.kind() == null) {
            errors.reject(KIND, new BusinessRuleException("field.required"));
        }
        BigDecimal hours = input.hours();
        if (hours == null) {
            errors.reject(HOURS, new BusinessRuleException("field.required"));
        } else if (hours.signum() < 0) {
            errors.reject(HOURS, new BusinessRuleException("staff.training.hoursNegative"));
        } else if (hours.signum() == 0) {
            errors.reject(HOURS, new BusinessRuleException("staff.training.hoursZero"));
        } else if (hours.compareTo(MOST_HOURS) > 0) {
            errors.reject(HOURS, new BusinessRuleException("staff.training.hoursAbsurd", MOST_HOURS));
        } else if (hours.stripTrailingZeros().scale() > 1) {
            errors.reject(HOURS, new BusinessRuleException("staff.training.hoursTenths"));
        }
        if (input.heldOn() == null) {
            errors.reject(HELD_ON, new BusinessRuleException("field.required"));
        } else if (input.heldOn().isAfter(today)) {
            errors.reject(HELD_ON, new BusinessRuleException("staff.training.future"));
        }
        String trainer = input.trainer() == null ? "" : input.trainer().strip();
        if (trainer.isEmpty()) {
            errors.reject(TRAINER, new BusinessRuleException("field.required"));
        } else if (trainer.length() > 100) {
            errors.reject(TRAINER, new BusinessRuleException("staff.training.tooLong", 100));
        }
        errors.throwIfAny();
        return new TrainingInput(input.userId(), course, input.kind(), hours.setScale(1), input.heldOn(), trainer,
                input.passed());
    }

    /** The newest records first. */
    public List<TrainingRecord> records() {
        session.require(Permission.MANAGE_STAFF);
        return transactions.read(handle -> handle.attach(StaffDao.class).trainings(LIST_LIMIT));
    }

    /** Where each employee stands on the plan, those behind first. */
    public List<PlanLine> plan() {
        session.require(Permission.MANAGE_STAFF);
        LocalDate today = today();
        return transactions.read(handle -> plan(handle, today, clock.getZone()));
    }

    static List<PlanLine> plan(Handle handle, LocalDate today, ZoneId zone) {
        StaffDao dao = handle.attach(StaffDao.class);
        LocalDate thisQuarter = AppraisalPeriodKind.QUARTER.start(today);
        LocalDate lastQuarter = thisQuarter.minusMonths(3);
        Map<Long, LocalDate> inductions = new HashMap<>();
        dao.inductions().forEach(d -> inductions.put(d.userId(), d.heldOn()));
        Map<Long, LocalDate> lastQuarterDone = new HashMap<>();
        Map<Long, LocalDate> thisQuarterDone = new HashMap<>();
        for (StaffDao.Done d : dao.passedSince(lastQuarter)) {
            (d.heldOn().isBefore(thisQuarter) ? lastQuarterDone : thisQuarterDone).merge(d.userId(), d.heldOn(),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
        List<PlanLine> lines = new ArrayList<>();
        for (StaffMember m : StaffDirectory.staff(handle, zone)) {
            LocalDate due = m.since().plusMonths(1);
            LocalDate induction = inductions.get(m.id());
            boolean overdue = induction == null && today.isAfter(due);
            boolean missed = m.since().isBefore(lastQuarter.plusDays(1)) && !lastQuarterDone.containsKey(m.id());
            lines.add(new PlanLine(m, due, induction, lastQuarterDone.get(m.id()), thisQuarterDone.get(m.id()), overdue,
                    missed));
        }
        lines.sort((a, b) -> Boolean.compare(b.behind(), a.behind()));
        return lines;
    }

    /** Staff with no safety training held this year, by name (the environment-and-safety tab reads this). */
    public List<StaffMember> notTrainedInSafety() {
        session.require(Permission.MANAGE_STAFF);
        LocalDate today = today();
        return transactions.read(handle -> notTrainedInSafety(handle, today.getYear(), clock.getZone()));
    }

    /** The same for any year, read in the caller's handle. */
    public static List<StaffMember> notTrainedInSafety(Handle handle, int year, ZoneId zone) {
        Set<Long> trained = new HashSet<>(handle.attach(StaffDao.class).attended(TrainingKind.SAFETY,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        return StaffDirectory.staff(handle, zone).stream().filter(m -> !trained.contains(m.id())).toList();
    }

    /** One employee's trainings in the days [from, to], read in the caller's handle (the appraisal's). */
    static TrainingParticipation participation(Handle handle, long userId, LocalDate from, LocalDate to) {
        return handle.attach(StaffDao.class).participation(userId, from, to);
    }
}
