package com.fours.workbench.care;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.cashier.Coupon;
import com.fours.workbench.cashier.CouponKind;
import com.fours.workbench.cashier.DiscountPolicyService;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.Session;

/**
 * Complaints (投诉) from receipt to closure: the store's 1-3-72 deadlines, the steps (acknowledged,
 * investigation, solution, goodwill, comeback, the confirming callback), closure by the service
 * manager and reopening with a reason. Every step is a row of the record and an audit row; a
 * closed complaint is not edited, only reopened. Needs USE_CUSTOMER_CARE.
 */
public final class ComplaintService {

    public static final int MAX_WORDS = 2000;
    public static final int MAX_NOTE = 1000;
    static final int CLOSED_LIST_DAYS = 90;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public ComplaintService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- the store's deadlines

    public ComplaintDeadlines deadlines() {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> handle.attach(ComplaintDao.class).deadlines());
    }

    /** The store's deadlines in hours; only the service manager sets them. */
    public ComplaintDeadlines saveDeadlines(String acknowledgeHours, String solutionHours, String resolveHours,
                                            int expectedVersion) {
        requireManager();
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        Integer ack = errors.check("acknowledgeHours", () -> hours(acknowledgeHours));
        Integer solution = errors.check("solutionHours", () -> hours(solutionHours));
        Integer resolve = errors.check("resolveHours", () -> hours(resolveHours));
        if (ack != null && solution != null && solution < ack) {
            errors.reject("solutionHours", new InvalidValueException("care.deadlines.order"));
        }
        if (solution != null && resolve != null && resolve < solution) {
            errors.reject("resolveHours", new InvalidValueException("care.deadlines.order"));
        }
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            ComplaintDao dao = handle.attach(ComplaintDao.class);
            ComplaintDeadlines before = dao.deadlines();
            if (dao.saveDeadlines(ack * 60, solution * 60, resolve * 60, expectedVersion) != 1) {
                throw new ConcurrentChangeException("complaint_settings");
            }
            ComplaintDeadlines after = dao.deadlines();
            audit.record(handle, ComplaintAuditAction.COMPLAINT_DEADLINES_CHANGED, "complaint_settings", 1,
                    text(before), text(after));
            return after;
        });
    }

    private static String text(ComplaintDeadlines d) {
        return d.acknowledgeMinutes() + "/" + d.solutionMinutes() + "/" + d.resolveMinutes() + " min";
    }

    private static Integer hours(String typed) {
        Integer h = Typed.optionalWholeNumber(typed, 24 * 30);
        if (h == null) {
            throw new InvalidValueException("field.required");
        }
        if (h < 1) {
            throw new InvalidValueException("care.deadlines.positive");
        }
        return h;
    }

    // ---- recording

    /**
     * The entry point for the callbacks half: an unhappy answer or remark of a callback becomes a
     * complaint about that visit, owned by the caller, with the store's deadlines. {@code callbackId}
     * may be null.
     */
    public Complaint raise(long repairOrderId, Long callbackId, String customerWords, ComplaintChannel channel) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.inTransaction(handle -> raise(handle, repairOrderId, callbackId, customerWords, channel));
    }

    /** As above, in the caller's transaction (the callback's answers and the complaint saved together). */
    public Complaint raise(Handle handle, long repairOrderId, Long callbackId, String customerWords,
                           ComplaintChannel channel) {
        AuthenticatedUser user = session.require(Permission.USE_CUSTOMER_CARE);
        String words;
        try {
            words = Typed.requiredMultilineText(customerWords, MAX_WORDS);
        } catch (InvalidValueException e) {
            throw new InvalidFieldsException(Map.of(ComplaintInput.WORDS, e));
        }
        if (channel == null) {
            throw new InvalidFieldsException(Map.of(ComplaintInput.CHANNEL, new InvalidValueException("field.required")));
        }
        ComplaintDao dao = handle.attach(ComplaintDao.class);
        dao.lockRecording();
        if (callbackId != null) {
            Optional<Complaint> earlier = dao.ofCallback(callbackId);
            if (earlier.isPresent()) {
                throw new BusinessRuleException("care.complaint.alreadyRaised", earlier.get().number());
            }
        }
        long vehicleId = dao.orderVehicle(repairOrderId)
                .orElseThrow(() -> new BusinessRuleException("care.complaint.noSuchVisit"));
        return insert(handle, user, vehicleId, dao.orderCustomer(repairOrderId), repairOrderId, callbackId, channel,
                ComplaintCategory.OTHER, ComplaintSeverity.MEDIUM, words, user.id(), null);
    }

    /** The complaint raised from this callback, if one was. */
    public Optional<Complaint> raisedFrom(long callbackId) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> handle.attach(ComplaintDao.class).ofCallback(callbackId));
    }

    /** Who may own a complaint: the active users with the customer-care permission. */
    public List<ComplaintOwner> owners() {
        session.require(Permission.USE_CUSTOMER_CARE);
        List<String> roles = Arrays.stream(Role.values())
                .filter(r -> r.permissions().contains(Permission.USE_CUSTOMER_CARE)).map(Role::name).toList();
        return transactions.read(handle -> handle.attach(ComplaintDao.class).usersWithRoles(roles));
    }

    /** The car's visits a complaint recorded at the counter may be about, newest first. */
    public List<ComplaintVisit> visits(long vehicleId) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> handle.attach(ComplaintDao.class).visitsOf(vehicleId));
    }

    /** A complaint recorded at the counter, on the phone, from the web, the maker's hotline or 12315. */
    public Complaint record(ComplaintInput input) {
        AuthenticatedUser user = session.require(Permission.USE_CUSTOMER_CARE);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input.vehicleId() == null) {
            errors.reject(ComplaintInput.VEHICLE, new InvalidValueException("field.required"));
        }
        if (input.channel() == null) {
            errors.reject(ComplaintInput.CHANNEL, new InvalidValueException("field.required"));
        }
        if (input.category() == null) {
            errors.reject(ComplaintInput.CATEGORY, new InvalidValueException("field.required"));
        }
        if (input.severity() == null) {
            errors.reject(ComplaintInput.SEVERITY, new InvalidValueException("field.required"));
        }
        if (input.ownerId() == null) {
            errors.reject(ComplaintInput.OWNER, new InvalidValueException("care.complaint.noOwner"));
        }
        String words = errors.check(ComplaintInput.WORDS,
                () -> Typed.requiredMultilineText(input.customerWords(), MAX_WORDS));
        Instant resolveBy = errors.check(ComplaintInput.RESOLVE_BY, () -> {
            LocalDate day = Typed.optionalDate(input.resolveBy());
            if (day == null) {
                return null;
            }
            if (day.isBefore(LocalDate.now(clock))) {
                throw new InvalidValueException("care.complaint.deadlinePast");
            }
            return day.atTime(LocalTime.of(23, 59)).atZone(clock.getZone()).toInstant();
        });
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            ComplaintDao dao = handle.attach(ComplaintDao.class);
            long customerId = dao.vehicleOwner(input.vehicleId())
                    .orElseThrow(() -> new InvalidFieldsException(Map.of(ComplaintInput.VEHICLE,
                            new InvalidValueException("care.complaint.noSuchCar"))));
            if (input.repairOrderId() != null
                    && !dao.orderVehicle(input.repairOrderId()).equals(Optional.of(input.vehicleId()))) {
                throw new BusinessRuleException("care.complaint.visitOfAnotherCar");
            }
            return insert(handle, user, input.vehicleId(), customerId, input.repairOrderId(), null, input.channel(),
                    input.category(), input.severity(), words, input.ownerId(), resolveBy);
        });
    }

    private Complaint insert(Handle handle, AuthenticatedUser user, long vehicleId, long customerId, Long repairOrderId,
                             Long callbackId, ComplaintChannel channel, ComplaintCategory category,
                             ComplaintSeverity severity, String words, long ownerId, Instant agreedResolveBy) {
        ComplaintDao dao = handle.attach(ComplaintDao.class);
        dao.lockRecording();
        if (dao.activeUsers(ownerId) != 1) {
            throw new InvalidFieldsException(Map.of(ComplaintInput.OWNER, new InvalidValueException("care.complaint.noOwner")));
        }
        Instant now = clock.instant();
        ComplaintDeadlines d = dao.deadlines();
        Instant resolveBy = agreedResolveBy != null ? agreedResolveBy : now.plus(Duration.ofMinutes(d.resolveMinutes()));
        Instant solutionBy = min(now.plus(Duration.ofMinutes(d.solutionMinutes())), resolveBy);
        Instant acknowledgeBy = min(now.plus(Duration.ofMinutes(d.acknowledgeMinutes())), solutionBy);
        String prefix = "TS" + DAY.format(LocalDate.ofInstant(now, clock.getZone())) + "-";
        String number = prefix + String.format("%04d", dao.countNumbered(prefix + "%") + 1);
        long id = dao.insert(number, channel.name(), category.name(), severity.name(), customerId, vehicleId,
                repairOrderId, callbackId, words, ownerId, now, acknowledgeBy, solutionBy, resolveBy, user.username());
        dao.insertStep(id, ComplaintStepKind.RECEIVED.name(), words, user.username(), now);
        audit.record(handle, ComplaintAuditAction.COMPLAINT_RAISED, "complaint", number, null,
                "channel=" + channel + ", category=" + category + ", severity=" + severity + ", vehicle=" + vehicleId
                        + (repairOrderId == null ? "" : ", order=" + repairOrderId)
                        + (callbackId == null ? "" : ", callback=" + callbackId) + ", owner=" + ownerId
                        + ", resolveBy=" + resolveBy);
        return dao.find(id).orElseThrow();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    // ---- reading

    public List<ComplaintRow> list(ComplaintFilter filter) {
        AuthenticatedUser user = session.require(Permission.USE_CUSTOMER_CARE);
        Instant now = clock.instant();
        return transactions.read(handle -> {
            ComplaintDao dao = handle.attach(ComplaintDao.class);
            List<Complaint> found = switch (filter) {
                case OPEN, OVERDUE -> dao.open();
                case MINE -> dao.openOf(user.id());
                case CLOSED -> dao.closedSince(now.minus(Duration.ofDays(CLOSED_LIST_DAYS)));
            };
            return found.stream().map(c -> new ComplaintRow(c, c.overdue(now)))
                    .filter(r -> filter != ComplaintFilter.OVERDUE || r.overdue()).toList();
        });
    }

    public Complaint complaint(long id) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> find(handle, id));
    }

    public boolean overdue(Complaint complaint) {
        return complaint.overdue(clock.instant());
    }

    public List<ComplaintStep> steps(long id) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> handle.attach(ComplaintDao.class).steps(id));
    }

    static Complaint find(Handle handle, long id) {
        return handle.attach(ComplaintDao.class).find(id)
                .orElseThrow(() -> new BusinessRuleException("care.complaint.notFound"));
    }

    // ---- the steps

    public Complaint acknowledge(long id, int expectedVersion, String note) {
        return step(id, expectedVersion, "note", note, MAX_NOTE, false, (handle, c, text, user, now) -> {
            ComplaintStatus status = c.status() == ComplaintStatus.OPEN ? ComplaintStatus.ACKNOWLEDGED : c.status();
            changed(handle.attach(ComplaintDao.class).acknowledge(id, expectedVersion, status.name(), now), c);
            finish(handle, c, ComplaintStepKind.ACKNOWLEDGED, text, ComplaintAuditAction.COMPLAINT_ACKNOWLEDGED,
                    c.status().name(), status.name(), user, now);
        });
    }

    /** What was found, the cause and who was responsible (a person, a team or a supplier). */
    public Complaint investigate(long id, int expectedVersion, String investigation, String cause, String responsible) {
        session.require(Permission.USE_CUSTOMER_CARE);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String found = errors.check("investigation", () -> Typed.requiredMultilineText(investigation, MAX_WORDS));
        String why = errors.check("cause", () -> Typed.requiredMultilineText(cause, MAX_NOTE));
        String who = errors.check("responsible", () -> Typed.optionalText(responsible, 200));
        errors.throwIfAny();
        return change(id, (handle, c, user, now) -> {
            changed(handle.attach(ComplaintDao.class).investigate(id, expectedVersion, found, why, who), c);
            String detail = found + "\n" + why + (who == null ? "" : "\n" + who);
            finish(handle, c, ComplaintStepKind.INVESTIGATION, detail, ComplaintAuditAction.COMPLAINT_INVESTIGATED,
                    c.cause(), why + (who == null ? "" : ", responsible=" + who), user, now);
        });
    }

    /** The solution agreed with the customer; it acknowledges the complaint too if nobody had. */
    public Complaint agreeSolution(long id, int expectedVersion, String solution) {
        return step(id, expectedVersion, "solution", solution, MAX_WORDS, true, (handle, c, text, user, now) -> {
            changed(handle.attach(ComplaintDao.class).agreeSolution(id, expectedVersion, text, now), c);
            finish(handle, c, ComplaintStepKind.SOLUTION, text, ComplaintAuditAction.COMPLAINT_SOLUTION_AGREED,
                    c.solution(), text, user, now);
        });
    }

    /**
     * Goodwill for the customer: a coupon for this car (a value in yuan, or a percent off, such as
     * free labour as 100% of the labour's value in yuan) that the cashier's desk offers on the car's
     * next bill; one per complaint.
     */
    public Complaint giveGoodwill(long id, int expectedVersion, CouponKind kind, String amount, String validUntil,
                                  String description) {
        session.require(Permission.USE_CUSTOMER_CARE);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (kind == null) {
            errors.reject("goodwillKind", new InvalidValueException("field.required"));
        }
        BigDecimal value = errors.check("goodwillAmount", () -> {
            Money m = Money.parse(amount);
            if (!m.isPositive()) {
                throw new InvalidValueException("care.goodwill.positive");
            }
            if (kind == CouponKind.PERCENT && m.amount().compareTo(new BigDecimal("100")) > 0) {
                throw new InvalidValueException("care.goodwill.percent");
            }
            return m.amount();
        });
        LocalDate today = LocalDate.now(clock);
        LocalDate until = errors.check("goodwillUntil", () -> {
            LocalDate day = Typed.optionalDate(validUntil);
            if (day == null) {
                throw new InvalidValueException("field.required");
            }
            if (day.isBefore(today)) {
                throw new InvalidValueException("care.complaint.deadlinePast");
            }
            return day;
        });
        String text = errors.check("goodwillDescription", () -> Typed.requiredText(description, 200));
        errors.throwIfAny();
        return change(id, (handle, c, user, now) -> {
            if (c.goodwillCoupon() != null) {
                throw new BusinessRuleException("care.goodwill.already", c.goodwillCoupon());
            }
            String code = "GW-" + c.number();
            Coupon coupon = DiscountPolicyService.issueForVehicle(handle, code, kind, value, today, until, text,
                    c.vehicleId(), user.username(), now);
            changed(handle.attach(ComplaintDao.class).goodwill(id, expectedVersion, coupon.id()), c);
            String detail = code + ": " + (kind == CouponKind.PERCENT ? value.toPlainString() + "%" : "¥" + value.toPlainString())
                    + ", " + text + ", " + today + ".." + until;
            finish(handle, c, ComplaintStepKind.GOODWILL, detail, ComplaintAuditAction.COMPLAINT_GOODWILL_GIVEN, null,
                    detail, user, now);
        });
    }

    /**
     * A repair-quality complaint about a visit asks for the car back: the next repair order
     * reception opens for the car is linked to the complaint and to the visit as a comeback (its
     * labour is the store's), by {@link ComplaintComebacks}.
     */
    public Complaint requestComeback(long id, int expectedVersion) {
        return change(id, (handle, c, user, now) -> {
            if (c.category() != ComplaintCategory.REPAIR_QUALITY || c.repairOrderId() == null) {
                throw new BusinessRuleException("care.comeback.onlyRepairQuality");
            }
            if (c.comebackRequested()) {
                throw new BusinessRuleException("care.comeback.already");
            }
            changed(handle.attach(ComplaintDao.class).requestComeback(id, expectedVersion), c);
            finish(handle, c, ComplaintStepKind.COMEBACK, c.repairOrderNumber(),
                    ComplaintAuditAction.COMPLAINT_COMEBACK_REQUESTED, null, "earlier=" + c.repairOrderNumber(), user, now);
        });
    }

    /**
     * The confirming callback: is the customer satisfied with the handling? Satisfied resolves the
     * complaint (the manager may close it); not satisfied sends it back to acknowledged for a new solution.
     */
    public Complaint confirm(long id, int expectedVersion, boolean satisfied, String note) {
        return step(id, expectedVersion, "note", note, MAX_NOTE, false, (handle, c, text, user, now) -> {
            if (c.solution() == null || c.status() != ComplaintStatus.SOLUTION_AGREED) {
                throw new BusinessRuleException("care.complaint.confirmWithoutSolution");
            }
            ComplaintStatus next = satisfied ? ComplaintStatus.CONFIRMED : ComplaintStatus.ACKNOWLEDGED;
            changed(handle.attach(ComplaintDao.class).confirm(id, expectedVersion, next.name(), now, user.username(),
                    satisfied, text, satisfied ? now : null), c);
            finish(handle, c, satisfied ? ComplaintStepKind.CONFIRMED : ComplaintStepKind.NOT_SATISFIED, text,
                    ComplaintAuditAction.COMPLAINT_CONFIRMED, c.status().name(),
                    next.name() + ", satisfied=" + satisfied + (text == null ? "" : ", " + text), user, now);
        });
    }

    /** Closure by the service manager: only with a solution and a confirming callback that found the customer satisfied. */
    public Complaint close(long id, int expectedVersion) {
        requireManager();
        return change(id, (handle, c, user, now) -> {
            if (c.solution() == null) {
                throw new BusinessRuleException("care.complaint.closeWithoutSolution");
            }
            if (c.confirmedAt() == null || !Boolean.TRUE.equals(c.confirmedSatisfied())) {
                throw new BusinessRuleException("care.complaint.closeWithoutConfirmation");
            }
            changed(handle.attach(ComplaintDao.class).close(id, expectedVersion, now, user.username()), c);
            finish(handle, c, ComplaintStepKind.CLOSED, "", ComplaintAuditAction.COMPLAINT_CLOSED, c.status().name(),
                    ComplaintStatus.CLOSED.name(), user, now);
        });
    }

    /** A closed complaint opened again, with the reason; it must be resolved again within the store's resolve time. */
    public Complaint reopen(long id, int expectedVersion, String reason) {
        session.require(Permission.USE_CUSTOMER_CARE);
        String why;
        try {
            why = Typed.requiredMultilineText(reason, MAX_NOTE);
        } catch (InvalidValueException e) {
            throw new InvalidFieldsException(Map.of("reason", e));
        }
        return transactions.inTransaction(handle -> {
            AuthenticatedUser user = session.requireUser();
            Complaint c = find(handle, id);
            if (!c.closed()) {
                throw new BusinessRuleException("care.complaint.notClosed", c.number());
            }
            Instant now = clock.instant();
            ComplaintDao dao = handle.attach(ComplaintDao.class);
            Instant resolveBy = now.plus(Duration.ofMinutes(dao.deadlines().resolveMinutes()));
            changed(dao.reopen(id, expectedVersion, resolveBy), c);
            finish(handle, c, ComplaintStepKind.REOPENED, why, ComplaintAuditAction.COMPLAINT_REOPENED,
                    ComplaintStatus.CLOSED.name(), ComplaintStatus.ACKNOWLEDGED.name() + ", reason=" + why, user, now);
            return find(handle, id);
        });
    }

    /** Hands the complaint to another user; the service manager decides who owns a complaint. */
    public Complaint changeOwner(long id, int expectedVersion, Long ownerId) {
        requireManager();
        if (ownerId == null) {
            throw new InvalidFieldsException(Map.of(ComplaintInput.OWNER, new InvalidValueException("care.complaint.noOwner")));
        }
        return change(id, (handle, c, user, now) -> {
            ComplaintDao dao = handle.attach(ComplaintDao.class);
            if (dao.activeUsers(ownerId) != 1) {
                throw new InvalidFieldsException(Map.of(ComplaintInput.OWNER,
                        new InvalidValueException("care.complaint.noOwner")));
            }
            changed(dao.changeOwner(id, expectedVersion, ownerId), c);
            Complaint after = dao.find(id).orElseThrow();
            finish(handle, c, ComplaintStepKind.OWNER_CHANGED, after.ownerName(), ComplaintAuditAction.COMPLAINT_OWNER_CHANGED,
                    c.ownerName(), after.ownerName(), user, now);
        });
    }

    // ---- plumbing shared by the steps

    private interface Change {
        void apply(Handle handle, Complaint before, AuthenticatedUser user, Instant now);
    }

    private interface TextStep {
        void apply(Handle handle, Complaint before, String text, AuthenticatedUser user, Instant now);
    }

    /** A step with one text (required or optional), checked before the transaction. */
    private Complaint step(long id, int expectedVersion, String field, String typed, int max, boolean required,
                           TextStep work) {
        session.require(Permission.USE_CUSTOMER_CARE);
        String text;
        try {
            text = required ? Typed.requiredMultilineText(typed, max) : Typed.optionalMultilineText(typed, max);
        } catch (InvalidValueException e) {
            throw new InvalidFieldsException(Map.of(field, e));
        }
        return change(id, (handle, c, user, now) -> work.apply(handle, c, text, user, now));
    }

    /** A change to an open complaint, in one transaction; refused on a closed one. */
    private Complaint change(long id, Change work) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.inTransaction(handle -> {
            Complaint c = find(handle, id);
            if (c.closed()) {
                throw new BusinessRuleException("care.complaint.closed", c.number());
            }
            work.apply(handle, c, session.requireUser(), clock.instant());
            return find(handle, id);
        });
    }

    private void finish(Handle handle, Complaint c, ComplaintStepKind kind, String detail, ComplaintAuditAction action,
                        String before, String after, AuthenticatedUser user, Instant now) {
        handle.attach(ComplaintDao.class).insertStep(c.id(), kind.name(), detail == null ? "" : detail, user.username(), now);
        audit.record(handle, action, "complaint", c.number(), before, after);
    }

    private static void changed(int rows, Complaint c) {
        if (rows != 1) {
            throw new ConcurrentChangeException(c.number());
        }
    }

    private AuthenticatedUser requireManager() {
        AuthenticatedUser user = session.require(Permission.USE_CUSTOMER_CARE);
        if (!user.roles().contains(Role.SERVICE_MANAGER)) {
            throw new BusinessRuleException("care.complaint.managerOnly");
        }
        return user;
    }
}
