package com.fours.workbench.repair;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Progress contacts (rule book 3.3(4)): the advisor's call or message about a car in the workshop,
 * reached or not and what was said; when the car will be late, a new promised time with its reason,
 * which the board, the plan and the lists then use. A car late with no contact since it became late
 * is due a contact ({@link #contactDue}). The customer's contact history reads these too (a source
 * of care's time line, decision 0083).
 */
public final class ProgressContacts {

    /** No progress contact on an order handed back or cancelled: the visit is over. */
    static final Set<RepairOrderStatus> OVER = EnumSet.of(RepairOrderStatus.DELIVERED, RepairOrderStatus.CANCELLED);

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public ProgressContacts(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    /** Late since {@code promisedAt} and nobody has contacted the customer since then. */
    public static boolean contactDue(Instant promisedAt, Instant lastContactAt) {
        return promisedAt != null && (lastContactAt == null || lastContactAt.isBefore(promisedAt));
    }

    /** The order's contacts, newest first. */
    public List<ProgressContact> contacts(long orderId) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> handle.attach(FindingDao.class).contacts(orderId));
    }

    /**
     * Records a contact; with a new promised time (in the future, with a reason) the order is promised
     * anew. Only who receives cars (advisors, the manager) records contacts with customers.
     */
    public ProgressContact record(long orderId, ProgressContactInput input) {
        session.require(Permission.USE_RECEPTION);
        Instant now = clock.instant();
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (input == null || input.channel() == null) {
            errors.reject(ProgressContactInput.CHANNEL, new InvalidValueException("progressContact.invalid.channel"));
        }
        String said = input == null ? null : errors.check(ProgressContactInput.WHAT_WAS_SAID, () -> {
            String s = Typed.optionalMultilineText(input.whatWasSaid(), 1000);
            if (s == null) {
                throw new InvalidValueException("progressContact.invalid.whatWasSaid");
            }
            return s;
        });
        String reason = input == null ? null
                : errors.check(ProgressContactInput.REASON, () -> Typed.optionalLineText(input.reason(), 500));
        if (input != null && input.newPromisedAt() != null) {
            if (!input.newPromisedAt().isAfter(now)) {
                errors.reject(ProgressContactInput.NEW_PROMISED_AT,
                        new InvalidValueException("progressContact.invalid.promisedInPast"));
            }
            if (reason == null) {
                errors.reject(ProgressContactInput.REASON, new InvalidValueException("progressContact.invalid.reason"));
            }
        }
        errors.throwIfAny();
        Instant promised = input.newPromisedAt();
        return transactions.inTransaction(handle -> {
            RepairOrder order = handle.attach(RepairOrderDao.class).find(orderId)
                    .orElseThrow(() -> new BusinessRuleException("repairOrder.notFound", String.valueOf(orderId)));
            if (OVER.contains(order.status())) {
                throw new BusinessRuleException("progressContact.visitOver", order.number(), order.status());
            }
            FindingDao dao = handle.attach(FindingDao.class);
            String by = session.requireUser().username();
            long id = dao.insertContact(orderId, input.channel().name(), input.reached(), said, promised,
                    promised == null ? null : reason, by, now);
            if (promised != null) {
                dao.promise(orderId, promised);
            }
            audit.record(handle, RepairAuditAction.PROGRESS_CONTACT_RECORDED, "repair_order", orderId, null,
                    input.channel() + (input.reached() ? " reached: " : " not reached: ") + said
                            + (promised == null ? "" : ", promised " + promised + " because " + reason));
            return dao.contacts(orderId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        });
    }

    /** Orders late with no contact since they became late: how many, for the advisor's home page. */
    public static int lateNotContacted(FindingDao dao, Instant now) {
        return dao.lateNotContacted(JobBoardService.NOT_READY, now);
    }

    public static List<FindingDao.LateRow> firstLateNotContacted(FindingDao dao, Instant now, int limit) {
        return dao.firstLateNotContacted(JobBoardService.NOT_READY, now, limit);
    }
}
