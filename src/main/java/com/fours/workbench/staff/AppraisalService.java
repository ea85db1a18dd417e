package com.fours.workbench.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.dashboard.FigureUnit;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.Session;

/**
 * Appraisals per month, quarter and year (rule book 8.3, decision 0101): the manager fills one from
 * the figures the employee's role is measured by, marks it, comments and signs; then the employee
 * signs his own. Once the manager has signed, nothing of it changes.
 */
public final class AppraisalService {

    public static final String EMPLOYEE = "employee";
    public static final String KIND = "kind";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String ABILITY = "ability";
    public static final String ATTITUDE = "attitude";
    public static final String SATISFACTION = "satisfaction";
    public static final String COMMENTS = "comments";
    static final int LIST_LIMIT = 500;
    static final int COMMENTS_LENGTH = 2000;

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public AppraisalService(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The last whole period of the kind before today: what the manager appraises by default. */
    public LocalDate lastWholeStart(AppraisalPeriodKind kind) {
        return kind.start(kind.start(today()).minusDays(1));
    }

    /**
     * Opens the employee's appraisal of the period, filling a new draft from the figures, or reading
     * the figures again into a draft that exists; a signed one is returned as it was signed.
     */
    public Appraisal fill(Long employeeId, AppraisalPeriodKind kind, LocalDate from, LocalDate to) {
        AuthenticatedUser user = session.require(Permission.MANAGE_STAFF);
        checkPeriod(employeeId, kind, from, to);
        return transactions.inTransaction(handle -> {
            StaffMember member = StaffDirectory.member(handle, employeeId, clock.getZone()).orElseThrow(
                    () -> new InvalidFieldsException(Map.of(EMPLOYEE, new BusinessRuleException("staff.training.notStaff"))));
            StaffDao dao = handle.attach(StaffDao.class);
            Optional<StaffDao.AppraisalRow> existing = dao.appraisalOf(employeeId, kind, from);
            long id;
            if (existing.isEmpty()) {
                id = dao.insertAppraisal(employeeId, kind, from, to, member.role().name(), user.username(), clock.instant());
            } else if (existing.get().managerSignedAt() == null) {
                id = existing.get().id();
                dao.touchDraft(id, existing.get().version());
            } else {
                return appraisal(handle, existing.get().id());
            }
            List<AppraisalFigure> figures = writeFigures(handle, id, member, from, to);
            audit.record(handle, StaffAuditAction.APPRAISAL_FILLED, "staff_appraisal", id, null,
                    member.username() + " " + kind + " " + from + ".." + to + " " + figures);
            return appraisal(handle, id);
        });
    }

    /** Fills a draft in the caller's handle, checked by the caller (the demo's contributor). */
    public Appraisal insertDraft(Handle handle, StaffMember member, AppraisalPeriodKind kind, LocalDate from, String by) {
        long id = handle.attach(StaffDao.class).insertAppraisal(member.id(), kind, from, kind.end(from), member.role().name(),
                by, clock.instant());
        writeFigures(handle, id, member, from, kind.end(from));
        return appraisal(handle, id);
    }

    private List<AppraisalFigure> writeFigures(Handle handle, long id, StaffMember member, LocalDate from, LocalDate to) {
        List<AppraisalFigure> figures = AppraisalFigures.read(handle, member, from, to, clock.getZone());
        StaffDao dao = handle.attach(StaffDao.class);
        dao.deleteFigures(id);
        List<StaffDao.FigureRow> rows = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            AppraisalFigure f = figures.get(i);
            rows.add(new StaffDao.FigureRow(id, i, f.key(), f.unit().name(), f.value()));
        }
        dao.insertFigures(rows);
        return figures;
    }

    /** Refuses, next to its field, a missing employee or period, one ending before it starts or not over yet, one not whole. */
    void checkPeriod(Long employeeId, AppraisalPeriodKind kind, LocalDate from, LocalDate to) {
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (employeeId == null) {
            errors.reject(EMPLOYEE, new BusinessRuleException("field.required"));
        }
        if (kind == null) {
            errors.reject(KIND, new BusinessRuleException("field.required"));
        }
        if (from == null) {
            errors.reject(FROM, new BusinessRuleException("field.required"));
        }
        if (to == null) {
            errors.reject(TO, new BusinessRuleException("field.required"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.reject(TO, new BusinessRuleException("staff.period.backwards"));
            } else if (from.isAfter(today())) {
                errors.reject(FROM, new BusinessRuleException("staff.period.future"));
            } else if (!to.isBefore(today())) {
                errors.reject(TO, new BusinessRuleException("staff.period.notOver", to));
            } else if (kind != null && (!kind.start(from).equals(from) || !kind.end(from).equals(to))) {
                errors.reject(FROM, new BusinessRuleException(switch (kind) {
                    case MONTH -> "staff.period.notWhole.MONTH";
                    case QUARTER -> "staff.period.notWhole.QUARTER";
                    case YEAR -> "staff.period.notWhole.YEAR";
                }));
            }
        }
        errors.throwIfAny();
    }

    /** Saves the manager's marks and comments on a draft; a signed appraisal is refused. */
    public Appraisal mark(long id, int version, AppraisalMarks marks) {
        session.require(Permission.MANAGE_STAFF);
        AppraisalMarks checked = checkedMarks(marks, false);
        return transactions.inTransaction(handle -> {
            Appraisal before = appraisal(handle, id);
            refuseIfSigned(before);
            if (handle.attach(StaffDao.class).mark(id, version, checked.ability(), checked.attitude(), checked.satisfaction(),
                    checked.comments()) == 0) {
                throw new ConcurrentChangeException("staff_appraisal");
            }
            audit.record(handle, StaffAuditAction.APPRAISAL_MARKED, "staff_appraisal", id, text(before.marks()), text(checked));
            return appraisal(handle, id);
        });
    }

    /** The manager signs: the marks (all three) are saved with the signature, and from then on nothing changes. */
    public Appraisal signAsManager(long id, int version, AppraisalMarks marks) {
        AuthenticatedUser user = session.require(Permission.MANAGE_STAFF);
        AppraisalMarks checked = checkedMarks(marks, true);
        return transactions.inTransaction(handle -> {
            Appraisal before = appraisal(handle, id);
            refuseIfSigned(before);
            StaffDao dao = handle.attach(StaffDao.class);
            if (dao.mark(id, version, checked.ability(), checked.attitude(), checked.satisfaction(), checked.comments()) == 0
                    || dao.signAsManager(id, version + 1, user.username(), clock.instant()) == 0) {
                throw new ConcurrentChangeException("staff_appraisal");
            }
            audit.record(handle, StaffAuditAction.APPRAISAL_SIGNED_BY_MANAGER, "staff_appraisal", id, text(before.marks()),
                    text(checked));
            return appraisal(handle, id);
        });
    }

    /** The employee signs his own appraisal, after the manager; once only. */
    public Appraisal signAsEmployee(long id, int version) {
        AuthenticatedUser user = session.require(Permission.VIEW_OWN_APPRAISAL);
        return transactions.inTransaction(handle -> {
            Appraisal before = appraisal(handle, id);
            if (before.userId() != user.id()) {
                throw new BusinessRuleException("staff.appraisal.onlyOwnSignature");
            }
            if (before.status() == AppraisalStatus.DRAFT) {
                throw new BusinessRuleException("staff.appraisal.managerFirst");
            }
            if (before.status() == AppraisalStatus.SIGNED) {
                throw new BusinessRuleException("staff.appraisal.signedTwice");
            }
            if (handle.attach(StaffDao.class).signAsEmployee(id, version, clock.instant()) == 0) {
                throw new ConcurrentChangeException("staff_appraisal");
            }
            audit.record(handle, StaffAuditAction.APPRAISAL_SIGNED_BY_EMPLOYEE, "staff_appraisal", id, null,
                    user.username());
            return appraisal(handle, id);
        });
    }

    /** One appraisal: the manager's to read, or the employee's own once the manager has signed it; anyone else is refused. */
    public Appraisal open(long id) {
        AuthenticatedUser user = session.requireUser();
        return transactions.read(handle -> {
            Appraisal a = appraisal(handle, id);
            if (user.may(Permission.MANAGE_STAFF)) {
                return a;
            }
            if (!user.may(Permission.VIEW_OWN_APPRAISAL) || a.userId() != user.id()) {
                throw new BusinessRuleException("staff.appraisal.notYours");
            }
            if (a.status() == AppraisalStatus.DRAFT) {
                throw new BusinessRuleException("staff.appraisal.notYetSigned");
            }
            return a;
        });
    }

    /** Every appraisal, newest period first: the manager's list. */
    public List<Appraisal> appraisals() {
        session.require(Permission.MANAGE_STAFF);
        return transactions.read(handle -> withFigures(handle, handle.attach(StaffDao.class).appraisals(LIST_LIMIT)));
    }

    /** The logged-in employee's own appraisals the manager has signed. */
    public List<Appraisal> mine() {
        AuthenticatedUser user = session.require(Permission.VIEW_OWN_APPRAISAL);
        return transactions.read(handle -> withFigures(handle, handle.attach(StaffDao.class).signedAppraisalsOf(user.id())));
    }

    public List<StaffMember> staff() {
        session.require(Permission.MANAGE_STAFF);
        return transactions.read(handle -> StaffDirectory.staff(handle, clock.getZone()));
    }

    private static void refuseIfSigned(Appraisal a) {
        if (a.status() != AppraisalStatus.DRAFT) {
            throw new BusinessRuleException("staff.appraisal.signed");
        }
    }

    private static AppraisalMarks checkedMarks(AppraisalMarks marks, boolean allRequired) {
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        mark(errors, ABILITY, marks.ability(), allRequired);
        mark(errors, ATTITUDE, marks.attitude(), allRequired);
        mark(errors, SATISFACTION, marks.satisfaction(), allRequired);
        String comments = marks.comments() == null ? null : marks.comments().strip();
        if (comments != null && comments.length() > COMMENTS_LENGTH) {
            errors.reject(COMMENTS, new BusinessRuleException("staff.training.tooLong", COMMENTS_LENGTH));
        }
        errors.throwIfAny();
        return new AppraisalMarks(marks.ability(), marks.attitude(), marks.satisfaction(),
                comments == null || comments.isEmpty() ? null : comments);
    }

    private static void mark(InvalidFieldsException.Collector errors, String field, Integer value, boolean required) {
        if (value == null) {
            if (required) {
                errors.reject(field, new BusinessRuleException("staff.appraisal.markRequired"));
            }
        } else if (value < AppraisalMarks.LOWEST || value > AppraisalMarks.HIGHEST) {
            errors.reject(field, new BusinessRuleException("staff.appraisal.markRange", AppraisalMarks.LOWEST,
                    AppraisalMarks.HIGHEST));
        }
    }

    private static String text(AppraisalMarks m) {
        return "ability=" + m.ability() + ", attitude=" + m.attitude() + ", satisfaction=" + m.satisfaction()
                + ", comments=" + m.comments();
    }

    static Appraisal appraisal(Handle handle, long id) {
        StaffDao.AppraisalRow row = handle.attach(StaffDao.class).appraisal(id)
                .orElseThrow(() -> new BusinessRuleException("staff.appraisal.notFound"));
        return withFigures(handle, List.of(row)).get(0);
    }

    private static List<Appraisal> withFigures(Handle handle, List<StaffDao.AppraisalRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AppraisalFigure>> figures = new HashMap<>();
        for (StaffDao.FigureRow f : handle.attach(StaffDao.class).figures(rows.stream().map(StaffDao.AppraisalRow::id).toList())) {
            figures.computeIfAbsent(f.appraisalId(), k -> new ArrayList<>())
                    .add(new AppraisalFigure(f.figure(), FigureUnit.valueOf(f.unit()), f.figureValue()));
        }
        return rows.stream().map(r -> new Appraisal(r.id(), r.userId(), r.username(), r.employeeName(), Role.valueOf(r.role()),
                AppraisalPeriodKind.valueOf(r.periodKind()), r.periodFrom(), r.periodTo(),
                new AppraisalMarks(r.ability(), r.attitude(), r.satisfaction(), r.comments()), r.managerName(),
                r.managerSignedAt(), r.employeeSignedAt(), r.version(), figures.getOrDefault(r.id(), List.of()))).toList();
    }
}
