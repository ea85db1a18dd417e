package com.fours.workbench.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Continuous improvement (持续改进): a closed complaint carries what changes because of it, who
 * does it and by when; the manager's list shows what is not done yet first.
 */
public final class CorrectiveActions {

    public static final String WHAT = "actionWhat";
    public static final String WHO = "actionWho";
    public static final String DUE = "actionDue";
    public static final String DONE_WHO = "actionDoneWho";
    public static final String DONE_ON = "actionDoneOn";
    public static final String DONE_NOTE = "actionDoneNote";

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public CorrectiveActions(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    public CorrectiveAction add(long complaintId, String what, String who, String dueOn) {
        AuthenticatedUser user = session.require(Permission.USE_CUSTOMER_CARE);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String change = errors.check(WHAT, () -> Typed.requiredMultilineText(what, 1000));
        String person = errors.check(WHO, () -> Typed.requiredText(who, 100));
        LocalDate due = errors.check(DUE, () -> {
            LocalDate day = Typed.optionalDate(dueOn);
            if (day == null) {
                throw new InvalidValueException("field.required");
            }
            if (day.isBefore(LocalDate.now(clock))) {
                throw new InvalidValueException("care.complaint.deadlinePast");
            }
            return day;
        });
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            Complaint c = ComplaintService.find(handle, complaintId);
            if (!c.closed()) {
                throw new BusinessRuleException("care.action.onlyClosed", c.number());
            }
            ComplaintDao dao = handle.attach(ComplaintDao.class);
            long id = dao.insertAction(complaintId, change, person, due, user.username(), clock.instant());
            audit.record(handle, ComplaintAuditAction.CORRECTIVE_ACTION_ADDED, "complaint", c.number(), null,
                    change + ", who=" + person + ", due=" + due);
            return dao.action(id).orElseThrow();
        });
    }

    /**
     * Marks the action done: who did it (a person, a team), on which day (not in the future, not
     * before the action was set) and what was done; the recording user and time are kept too.
     */
    public CorrectiveAction markDone(long actionId, int expectedVersion, String doneBy, String doneOn, String whatWasDone) {
        AuthenticatedUser user = session.require(Permission.USE_CUSTOMER_CARE);
        LocalDate today = LocalDate.now(clock);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        String who = errors.check(DONE_WHO, () -> Typed.requiredText(doneBy, 100));
        LocalDate day = errors.check(DONE_ON, () -> {
            LocalDate d = Typed.optionalDate(doneOn);
            if (d == null) {
                throw new InvalidValueException("field.required");
            }
            if (d.isAfter(today)) {
                throw new InvalidValueException("care.action.doneInFuture");
            }
            return d;
        });
        String note = errors.check(DONE_NOTE, () -> Typed.requiredMultilineText(whatWasDone, 1000));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            ComplaintDao dao = handle.attach(ComplaintDao.class);
            CorrectiveAction before = dao.action(actionId)
                    .orElseThrow(() -> new BusinessRuleException("care.action.notFound"));
            if (before.done()) {
                throw new BusinessRuleException("care.action.alreadyDone");
            }
            if (day.isBefore(LocalDate.ofInstant(before.createdAt(), clock.getZone()))) {
                throw new InvalidFieldsException(java.util.Map.of(DONE_ON,
                        new InvalidValueException("care.action.doneBeforeSet")));
            }
            if (dao.actionDone(actionId, expectedVersion, clock.instant(), user.username(), day, who, note) != 1) {
                throw new ConcurrentChangeException(before.complaintNumber());
            }
            audit.record(handle, ComplaintAuditAction.CORRECTIVE_ACTION_DONE, "complaint", before.complaintNumber(),
                    before.what(), "done by " + who + " on " + day + ": " + note);
            return dao.action(actionId).orElseThrow();
        });
    }

    public List<CorrectiveAction> of(long complaintId) {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> handle.attach(ComplaintDao.class).actionsOf(complaintId));
    }

    /** Every corrective action, those not done first (soonest due first). */
    public List<CorrectiveAction> all() {
        session.require(Permission.USE_CUSTOMER_CARE);
        return transactions.read(handle -> handle.attach(ComplaintDao.class).actions());
    }

    /** The manager's list: the open ones, the overdue ones (not done, past their day) or the done ones. */
    public List<CorrectiveAction> list(CorrectiveActionFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return all().stream().filter(a -> switch (filter) {
            case OPEN -> !a.done();
            case OVERDUE -> a.overdue(today);
            case DONE -> a.done();
        }).toList();
    }

    /** The store's today, the day a form offers for "done on". */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean overdue(CorrectiveAction action) {
        return action.overdue(LocalDate.now(clock));
    }
}
