package com.fours.workbench.repair;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.parts.ReservationService;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * What the screens and the other features call on repair orders, and nothing else: each method
 * hands over to the class that does the work ({@link RepairPlans} reads plans, {@link RepairLines}
 * edits lines, {@link LinePricing} prices them, {@link LineReservations} holds their parts,
 * {@link RepairApprovals} records the customer's word, {@link OrderStatusChanges} moves the order,
 * {@link LineWork} follows the work on lines, {@link Recommendations} finds declined work,
 * {@link OrderChanges} versions and logs every change). Every change names the version of the
 * order it was made on; a change on an older version is refused with what the others changed
 * since ({@link OrderChangedException}).
 */
public final class RepairOrderService {

    /** The longest cancellation reason kept, in characters. */
    public static final int CANCEL_REASON_MAX = 500;

    /** The field of the cancellation's reason, for the error under it. */
    public static final String CANCEL_REASON = "cancelReason";

    private final Transactions transactions;
    private final Session session;
    private final List<PayerRule> payerRules = new CopyOnWriteArrayList<>();
    private final RepairLines lines;
    private final RepairApprovals approvals;
    private final OrderStatusChanges statusChanges;
    private final LineWork lineWork;
    private final Recommendations recommendations;

    public RepairOrderService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                              ReservationService reservations, List<TransitionGuard> guards) {
        this.transactions = transactions;
        this.session = session;
        LineReservations lineReservations = new LineReservations(reservations);
        OrderChanges changes = new OrderChanges(session, clock);
        this.lines = new RepairLines(transactions, session, audit, clock, lineReservations, changes, payerRules);
        this.approvals = new RepairApprovals(transactions, session, audit, clock, lineReservations, changes);
        this.statusChanges = new OrderStatusChanges(transactions, session, audit, clock, lineReservations, changes, guards);
        this.lineWork = new LineWork(transactions, session, clock, changes, statusChanges);
        this.recommendations = new Recommendations(transactions, session);
    }

    /** Another feature (the hazardous-waste ledger) adds its work when a line is finished. */
    public void addLineDoneListener(LineDoneListener listener) {
        lineWork.addListener(listener);
    }

    /** Another feature (quality control, the cashier) adds its rule for status changes. */
    public void addGuard(TransitionGuard guard) {
        statusChanges.addGuard(guard);
    }

    /**
     * Another feature's say on who pays a line, in the transaction that adds or changes it
     * (quality control: the labour of a guarantee comeback is the store's). {@code lineId} is null
     * for a new line.
     */
    public interface PayerRule {
        Payer payer(Handle handle, long orderId, Long lineId, LineKind kind, Payer asked);
    }

    public void addPayerRule(PayerRule rule) {
        payerRules.add(rule);
    }

    // ---- reading

    public RepairPlan plan(long orderId) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> RepairPlans.read(handle, orderId));
    }

    /**
     * The plan in the caller's transaction: for dispatch, the clock, the board, the prints and the
     * other features. Read it once per call and pass it along.
     */
    public static RepairPlan plan(Handle handle, long orderId) {
        return RepairPlans.read(handle, orderId);
    }

    /** Orders whose number, plate or customer contains the text, in the given statuses (all when empty), newest first. */
    public List<RepairOrderRow> orders(String text, Set<RepairOrderStatus> statuses, int limit) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> RepairPlans.orders(handle, text, statuses, limit));
    }

    /** What changed on an order since a version: what the screen shows a second editor. */
    public List<RepairChange> changesSince(long orderId, int version) {
        session.require(Permission.USE_REPAIR_ORDERS);
        return transactions.read(handle -> handle.attach(RepairPlanDao.class).changesSince(orderId, version));
    }

    /**
     * Active parts whose number, barcode or name contains the text, with stock and retail price: what
     * the advisor picks a part line from (advisors do not use the warehouse screens).
     */
    public List<PartChoice> findParts(String text, int limit) {
        return lines.findParts(text, limit);
    }

    // ---- lines

    /**
     * Adds a line. A part line reserves the part in the warehouse in the same transaction; when the
     * store cannot cover it the line is refused with a {@link PartShortageException} unless
     * {@code raisePurchaseRequest}, which adds it with a purchase request for the shortage.
     */
    public RepairPlan addLine(long orderId, int expectedVersion, LineInput input, boolean raisePurchaseRequest) {
        return lines.addLine(orderId, expectedVersion, input, raisePurchaseRequest);
    }

    /** A line added in the caller's transaction to an order whose version it took (a finding's extra work). */
    RepairLine addLine(Handle handle, RepairPlan before, LineInput input, boolean raisePurchaseRequest) {
        return lines.addLine(handle, before, input, raisePurchaseRequest);
    }

    /** Changes a line; a changed line needs the customer's word again. A part line is reserved anew. */
    public RepairPlan changeLine(long orderId, int expectedVersion, long lineId, LineInput input,
                                 boolean raisePurchaseRequest) {
        return lines.changeLine(orderId, expectedVersion, lineId, input, raisePurchaseRequest);
    }

    /** The same change inside the caller's transaction (quality control charges a comeback's line otherwise). */
    public RepairPlan changeLine(Handle handle, long orderId, int expectedVersion, long lineId, LineInput input,
                                 boolean raisePurchaseRequest) {
        return lines.changeLine(handle, orderId, expectedVersion, lineId, input, raisePurchaseRequest);
    }

    /** Removes a line that no work and no issued part depends on; its reservation is released. */
    public RepairPlan removeLine(long orderId, int expectedVersion, long lineId) {
        return lines.removeLine(orderId, expectedVersion, lineId);
    }

    /** Adds every operation and part of a canned job as lines, all or none. */
    public RepairPlan applyCannedJob(long orderId, int expectedVersion, long cannedJobId, boolean raisePurchaseRequests) {
        return lines.applyCannedJob(orderId, expectedVersion, cannedJobId, raisePurchaseRequests);
    }

    // ---- approval

    /**
     * Records the customer's word on every line waiting for it: the lines in
     * {@link ApprovalInput#declinedLineIds()} are declined and kept as recommendations, the others
     * approved. The approved estimate becomes the sum of the approved lines; a planned order is approved.
     */
    public RepairPlan approve(long orderId, int expectedVersion, ApprovalInput input) {
        return approvals.approve(orderId, expectedVersion, input);
    }

    // ---- workflow

    /** Moves the order to {@code target} if the workflow's rules (and the other features' guards) allow it. */
    public RepairPlan transition(long orderId, int expectedVersion, RepairOrderStatus target) {
        return statusChanges.transition(orderId, expectedVersion, target);
    }

    /**
     * The same status change inside the caller's transaction: the cashier issues the bills and
     * settles the order, or records the hand-back and delivers it, all or nothing.
     */
    public RepairPlan transition(Handle handle, long orderId, int expectedVersion, RepairOrderStatus target) {
        return statusChanges.transition(handle, orderId, expectedVersion, target);
    }

    /**
     * The same with the plan the caller already read in this transaction ({@link #plan(Handle, long)}):
     * the plan is not read again when it was read at {@code expectedVersion}. Returns the plan after the step.
     */
    public RepairPlan transition(Handle handle, RepairPlan read, int expectedVersion, RepairOrderStatus target) {
        return statusChanges.transition(handle, read, expectedVersion, target);
    }

    /**
     * Cancels the order with the reason the advisor or manager typed: the reservations are
     * released, the lines' dispatches end, and the audit row keeps the reason. Refused while a
     * technician is clocked on one of its lines (their time is not silently stopped).
     */
    public RepairPlan cancel(long orderId, int expectedVersion, String reason) {
        return statusChanges.cancel(orderId, expectedVersion, reason);
    }

    /** The steps this user could take now: what the screen offers as buttons. */
    public List<RepairOrderStatus> possibleTransitions(RepairPlan plan) {
        return statusChanges.possibleTransitions(plan);
    }

    // ---- hooks for dispatch and the job clock

    /**
     * Refuses work on a line that may not be worked now: not approved by the customer, the order
     * not approved or above its approved estimate, or the line done. Dispatch and the job clock call it.
     */
    public static RepairLine requireWorkable(Handle handle, long lineId) {
        return LineWork.requireWorkable(handle, lineId).line();
    }

    /**
     * Work started on a line (the first clock-on), in the caller's transaction: the line is in
     * progress and an approved order moves to IN_PROGRESS.
     */
    public void lineStarted(Handle handle, long lineId) {
        lineWork.lineStarted(handle, lineId);
    }

    /** Work on a line finished (the last clock-off, or the advisor for sublet work), in the caller's transaction. */
    public void lineDone(Handle handle, long lineId) {
        lineWork.lineDone(handle, lineId);
    }

    /** The advisor marks a line done (sublet work came back, a fee needs no work). */
    public RepairPlan markLineDone(long orderId, int expectedVersion, long lineId) {
        return lineWork.markLineDone(orderId, expectedVersion, lineId);
    }

    // ---- recommendations

    /** Work declined on earlier visits of a vehicle, newest first: what reception shows at the next visit. */
    public List<Recommendation> recommendations(long vehicleId) {
        return recommendations.of(vehicleId);
    }
}
