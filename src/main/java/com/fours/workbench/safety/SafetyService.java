package com.fours.workbench.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
import com.fours.workbench.staff.StaffMember;
import com.fours.workbench.staff.TrainingService;

/**
 * Incidents and near misses (事故/未遂事件), emergency drills (应急演练) and the year's safety figures.
 * Whoever uses the Environment and safety tab reports an incident, gives its corrective measure and
 * records a drill; only the manager closes an incident and sets the drills planned a year
 * (decision 0114). Every change is audited, each in one transaction.
 */
public final class SafetyService {

    /** Closed incidents stay on the list this long after they happened. */
    private static final int CLOSED_SHOWN_DAYS = 365;
    private static final int MAX_INJURED = 99;
    private static final int MIN_PARTICIPANTS = 2;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public SafetyService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Who can own a corrective measure or take part in a drill: the active after-sales staff. */
    public List<StaffMember> staff() {
        session.require(Permission.USE_ENVIRONMENT);
        return transactions.read(handle -> TrainingService.staff(handle, clock.getZone()));
    }

    /** Open incidents, then those of the last year. */
    public List<Incident> incidents() {
        session.require(Permission.USE_ENVIRONMENT);
        Instant since = today().minusDays(CLOSED_SHOWN_DAYS).atStartOfDay(clock.getZone()).toInstant();
        return transactions.read(handle -> handle.attach(SafetyDao.class).incidents(since));
    }

    public Incident report(IncidentInput input) {
        AuthenticatedUser user = session.require(Permission.USE_ENVIRONMENT);
        return transactions.inTransaction(handle -> {
            Incident incident = insertIncident(handle, input, user.username(), clock.instant(), clock);
            audit.record(handle, SafetyAuditAction.INCIDENT_REPORTED, "safetyIncident", incident.id(), null,
                    incident.kind() + " " + incident.severity() + " at " + incident.place() + ": " + incident.what());
            return incident;
        });
    }

    /** Checked incident written in the caller's transaction (the service's and the demo's). */
    public static Incident insertIncident(Handle handle, IncidentInput input, String by, Instant at, Clock clock) {
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.kind() == null) {
            errors.reject(IncidentInput.KIND, new InvalidValueException("field.required"));
        }
        if (input.severity() == null) {
            errors.reject(IncidentInput.SEVERITY, new InvalidValueException("field.required"));
        }
        String what = errors.check(IncidentInput.WHAT, () -> Typed.requiredMultilineText(input.what(), 500));
        String place = errors.check(IncidentInput.PLACE, () -> Typed.requiredText(input.place(), 100));
        LocalDate day = errors.check(IncidentInput.DAY, () -> pastDay(input.day(), clock));
        LocalTime time = errors.check(IncidentInput.TIME, () -> time(input.time()));
        String involved = errors.check(IncidentInput.INVOLVED, () -> Typed.requiredText(input.involved(), 200));
        Integer injured = errors.check(IncidentInput.INJURED, () -> injured(input.injured(), input.kind()));
        String cause = errors.check(IncidentInput.CAUSE, () -> Typed.requiredMultilineText(input.cause(), 500));
        String immediate = errors.check(IncidentInput.IMMEDIATE, () -> Typed.requiredMultilineText(input.immediate(),
                500));
        Measure measure = optionalMeasure(input, errors, clock);
        errors.throwIfAny();
        Instant happenedAt = LocalDateTime.of(day, time).atZone(clock.getZone()).toInstant();
        if (happenedAt.isAfter(at)) {
            throw new InvalidFieldsException(Map.of(IncidentInput.TIME, new InvalidValueException(
                    "safety.incident.future")));
        }
        SafetyDao dao = handle.attach(SafetyDao.class);
        if (measure != null) {
            requireActive(dao, measure.ownerId());
        }
        long id = dao.insertIncident(input.kind().name(), input.severity().name(), what, place, happenedAt, involved,
                injured, cause, immediate, measure == null ? null : measure.text(),
                measure == null ? null : measure.ownerId(), measure == null ? null : measure.due(), by, at);
        return dao.incident(id).orElseThrow();
    }

    /** The corrective measure, its owner and its date, given or changed while the incident is open. */
    public Incident setMeasures(long incidentId, String corrective, Long ownerId, String dueDay) {
        AuthenticatedUser user = session.require(Permission.USE_ENVIRONMENT);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Measure measure = requiredMeasure(corrective, ownerId, dueDay, errors, clock);
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            SafetyDao dao = handle.attach(SafetyDao.class);
            Incident before = lockedOpen(dao, incidentId);
            requireActive(dao, measure.ownerId());
            dao.setMeasures(incidentId, measure.text(), measure.ownerId(), measure.due());
            Incident after = dao.incident(incidentId).orElseThrow();
            audit.record(handle, SafetyAuditAction.INCIDENT_MEASURES_SET, "safetyIncident", incidentId,
                    before.corrective() == null ? null : before.corrective() + " / " + before.ownerName() + " / "
                            + before.dueOn(),
                    after.corrective() + " / " + after.ownerName() + " / " + after.dueOn() + ", by " + user.username());
            return after;
        });
    }

    /** The manager closes an incident whose corrective measure is set, with a note on what was done. */
    public Incident close(long incidentId, String note) {
        AuthenticatedUser user = session.require(Permission.MANAGE_WASTE_CATALOGUE);
        String checked;
        try {
            checked = Typed.requiredMultilineText(note, 500);
        } catch (BusinessRuleException e) {
            throw new InvalidFieldsException(Map.of(IncidentInput.CLOSING_NOTE, e));
        }
        return transactions.inTransaction(handle -> {
            SafetyDao dao = handle.attach(SafetyDao.class);
            Incident open = lockedOpen(dao, incidentId);
            if (open.corrective() == null) {
                throw new InvalidFieldsException(Map.of(IncidentInput.CORRECTIVE, new InvalidValueException(
                        "safety.incident.noMeasure")));
            }
            dao.close(incidentId, user.username(), clock.instant(), checked);
            Incident closed = dao.incident(incidentId).orElseThrow();
            audit.record(handle, SafetyAuditAction.INCIDENT_CLOSED, "safetyIncident", incidentId, "open",
                    "closed: " + checked);
            return closed;
        });
    }

    // ---- drills

    /** Drills of this year and the last. */
    public List<Drill> drills() {
        session.require(Permission.USE_ENVIRONMENT);
        LocalDate from = LocalDate.of(today().getYear() - 1, 1, 1);
        return transactions.read(handle -> drills(handle, from));
    }

    public Drill recordDrill(DrillInput input) {
        AuthenticatedUser user = session.require(Permission.USE_ENVIRONMENT);
        return transactions.inTransaction(handle -> {
            Drill drill = insertDrill(handle, input, user.username(), clock.instant(), clock);
            audit.record(handle, SafetyAuditAction.DRILL_RECORDED, "safetyDrill", drill.id(), null,
                    drill.kind() + " " + drill.plan() + " on " + drill.heldOn() + ", " + drill.minutes() + " min, "
                            + drill.participants().size() + " people");
            return drill;
        });
    }

    /** Checked drill written in the caller's transaction (the service's and the demo's). */
    public static Drill insertDrill(Handle handle, DrillInput input, String by, Instant at, Clock clock) {
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.kind() == null) {
            errors.reject(DrillInput.KIND, new InvalidValueException("field.required"));
        }
        String plan = errors.check(DrillInput.PLAN, () -> Typed.requiredText(input.plan(), 200));
        LocalDate day = errors.check(DrillInput.DAY, () -> pastDay(input.day(), clock));
        Integer minutes = errors.check(DrillInput.MINUTES, () -> minutes(input.minutes()));
        List<Long> people = List.copyOf(new LinkedHashSet<>(input.participantIds() == null ? List.of()
                : input.participantIds()));
        if (people.size() < MIN_PARTICIPANTS) {
            errors.reject(DrillInput.PARTICIPANTS, new InvalidValueException("safety.drill.participants",
                    MIN_PARTICIPANTS));
        }
        String findings = errors.check(DrillInput.FINDINGS, () -> Typed.requiredMultilineText(input.findings(), 500));
        String improvements = errors.check(DrillInput.IMPROVEMENTS, () -> Typed.requiredMultilineText(
                input.improvements(), 500));
        errors.throwIfAny();
        SafetyDao dao = handle.attach(SafetyDao.class);
        if (dao.activeUsers(people) != people.size()) {
            throw new InvalidFieldsException(Map.of(DrillInput.PARTICIPANTS, new InvalidValueException(
                    "safety.drill.unknownParticipant")));
        }
        long id = dao.insertDrill(input.kind().name(), plan, day, minutes, findings, improvements, by, at);
        dao.insertParticipants(id, people);
        return drills(handle, day).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    private static List<Drill> drills(Handle handle, LocalDate from) {
        SafetyDao dao = handle.attach(SafetyDao.class);
        Map<Long, List<String>> names = dao.participantsSince(from).stream().collect(Collectors.groupingBy(
                SafetyDao.Participant::drillId, Collectors.mapping(SafetyDao.Participant::name, Collectors.toList())));
        List<Drill> drills = new ArrayList<>();
        for (SafetyDao.DrillRow r : dao.drillsSince(from)) {
            drills.add(new Drill(r.id(), DrillKind.valueOf(r.kind()), r.plan(), r.heldOn(), r.minutes(), r.findings(),
                    r.improvements(), r.recordedBy(), List.copyOf(names.getOrDefault(r.id(), List.of()))));
        }
        return drills;
    }

    /** The manager sets how many drills the store plans a year (the figures measure against it). */
    public int setDrillsPlanned(String typed) {
        AuthenticatedUser user = session.require(Permission.MANAGE_WASTE_CATALOGUE);
        int drills;
        try {
            Integer value = Typed.optionalWholeNumber(typed, 52);
            if (value == null) {
                throw new InvalidValueException("field.required");
            }
            drills = value;
        } catch (BusinessRuleException e) {
            throw new InvalidFieldsException(Map.of(DrillInput.PLANNED, e));
        }
        return transactions.inTransaction(handle -> {
            SafetyDao dao = handle.attach(SafetyDao.class);
            int before = dao.drillsPlanned();
            dao.setDrillsPlanned(drills);
            audit.record(handle, SafetyAuditAction.DRILLS_PLANNED_SET, "safetySettings", 1, String.valueOf(before),
                    drills + " by " + user.username());
            return drills;
        });
    }

    // ---- figures

    /** This year's figures in the store's zone. */
    public SafetyFigures figures() {
        session.require(Permission.USE_ENVIRONMENT);
        int year = today().getYear();
        return transactions.read(handle -> figures(handle, year, clock.getZone()));
    }

    static SafetyFigures figures(Handle handle, int year, ZoneId zone) {
        List<StaffMember> staff = TrainingService.staff(handle, zone);
        List<StaffMember> notTrained = TrainingService.notTrainedInSafety(handle, year, zone);
        SafetyDao dao = handle.attach(SafetyDao.class);
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        Map<YearMonth, Map<IncidentKind, Integer>> counts = new TreeMap<>();
        for (SafetyDao.Happened h : dao.happened(from, to)) {
            YearMonth month = YearMonth.from(h.happenedAt().atZone(zone));
            counts.computeIfAbsent(month, m -> new TreeMap<>()).merge(IncidentKind.valueOf(h.kind()), 1, Integer::sum);
        }
        List<SafetyFigures.MonthCount> months = new ArrayList<>();
        counts.forEach((month, kinds) -> kinds.forEach((kind, n) -> months.add(new SafetyFigures.MonthCount(month,
                kind, n))));
        int held = dao.drillsHeld(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return new SafetyFigures(year, staff.size(), staff.size() - notTrained.size(), notTrained, months, held,
                dao.drillsPlanned());
    }

    // ---- checks

    private record Measure(String text, long ownerId, LocalDate due) {
    }

    /** A measure given at reporting time is optional, but then whole. */
    private static Measure optionalMeasure(IncidentInput input, InvalidFieldsException.Collector errors, Clock clock) {
        boolean any = !Typed.clean(input.corrective()).isEmpty() || input.ownerId() != null
                || !Typed.clean(input.dueDay()).isEmpty();
        return any ? requiredMeasure(input.corrective(), input.ownerId(), input.dueDay(), errors, clock) : null;
    }

    private static Measure requiredMeasure(String corrective, Long ownerId, String dueDay,
                                           InvalidFieldsException.Collector errors, Clock clock) {
        String text = errors.check(IncidentInput.CORRECTIVE, () -> Typed.requiredMultilineText(corrective, 500));
        if (ownerId == null) {
            errors.reject(IncidentInput.OWNER, new InvalidValueException("field.required"));
        }
        LocalDate due = errors.check(IncidentInput.DUE, () -> {
            LocalDate day = Typed.optionalDate(dueDay);
            if (day == null) {
                throw new InvalidValueException("field.required");
            }
            if (day.isAfter(LocalDate.now(clock).plusYears(1))) {
                throw new InvalidValueException("safety.incident.dueTooFar");
            }
            return day;
        });
        return text == null || ownerId == null || due == null ? null : new Measure(text, ownerId, due);
    }

    private static Incident lockedOpen(SafetyDao dao, long incidentId) {
        dao.lockIncident(incidentId).orElseThrow(() -> new BusinessRuleException("safety.incident.notFound",
                String.valueOf(incidentId)));
        Incident incident = dao.incident(incidentId).orElseThrow();
        if (!incident.open()) {
            throw new BusinessRuleException("safety.incident.closed", incident.closedBy());
        }
        return incident;
    }

    private static void requireActive(SafetyDao dao, long userId) {
        if (dao.activeUsers(List.of(userId)) != 1) {
            throw new InvalidFieldsException(Map.of(IncidentInput.OWNER, new InvalidValueException(
                    "safety.incident.unknownOwner")));
        }
    }

    private static LocalDate pastDay(String typed, Clock clock) {
        LocalDate day = Typed.optionalDate(typed);
        if (day == null) {
            throw new InvalidValueException("field.required");
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new InvalidValueException("safety.day.future", day);
        }
        return day;
    }

    private static LocalTime time(String typed) {
        String text = Typed.clean(typed);
        if (text.isEmpty()) {
            throw new InvalidValueException("field.required");
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text, DateTimeFormatter.ofPattern("HH:mm"));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("safety.time.invalid", text.length() > 20 ? text.substring(0, 20) : text);
        }
    }

    private static Integer injured(String typed, IncidentKind kind) {
        Integer n = Typed.optionalWholeNumber(typed, MAX_INJURED);
        int injured = n == null ? 0 : n;
        if (kind == IncidentKind.NEAR_MISS && injured > 0) {
            throw new InvalidValueException("safety.incident.nearMissInjured");
        }
        if (kind == IncidentKind.INJURY && injured == 0) {
            throw new InvalidValueException("safety.incident.injuryWithoutInjured");
        }
        return injured;
    }

    private static Integer minutes(String typed) {
        Integer n = Typed.optionalWholeNumber(typed, 480);
        if (n == null) {
            throw new InvalidValueException("field.required");
        }
        if (n < 1) {
            throw new InvalidValueException("safety.drill.minutes");
        }
        return n;
    }
}
