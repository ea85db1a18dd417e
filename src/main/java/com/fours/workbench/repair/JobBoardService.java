package com.fours.workbench.repair;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The job board (看板): every car in the workshop in one column, derived from the order's status
 * and its lines (decision 0036). A card is late when its promised time has passed and the car is not ready.
 */
public final class JobBoardService {

    /**
     * An order not yet ready for the customer: late once its promised time has passed (the board's
     * READY column and the home page's "late, not contacted" line use the same list).
     */
    public static final List<String> NOT_READY = List.of(RepairOrderStatus.RECEIVED.name(),
            RepairOrderStatus.PLANNED.name(), RepairOrderStatus.APPROVED.name(), RepairOrderStatus.IN_PROGRESS.name(),
            RepairOrderStatus.IN_QC.name());

    static final List<String> ON_BOARD = List.of(RepairOrderStatus.RECEIVED.name(), RepairOrderStatus.PLANNED.name(),
            RepairOrderStatus.APPROVED.name(), RepairOrderStatus.IN_PROGRESS.name(), RepairOrderStatus.IN_QC.name(),
            RepairOrderStatus.READY_FOR_SETTLEMENT.name());

    private final Transactions transactions;
    private final Session session;
    private final Clock clock;

    public JobBoardService(Transactions transactions, Session session, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.clock = clock;
    }

    /** The cards, soonest promised first. */
    public List<JobBoardCard> board() {
        session.require(Permission.USE_REPAIR_ORDERS);
        Instant now = clock.instant();
        return transactions.read(handle -> {
            DispatchDao dao = handle.attach(DispatchDao.class);
            List<JobBoardCard> cards = new ArrayList<>();
            for (DispatchDao.BoardRow row : dao.boardOrders(ON_BOARD)) {
                JobBoardColumn column = column(handle, row.orderId());
                boolean late = row.promisedAt() != null && row.promisedAt().isBefore(now) && column != JobBoardColumn.READY;
                cards.add(new JobBoardCard(row.orderId(), row.orderNumber(), RepairPlans.plateDisplay(row.plate()),
                        row.model().strip(), row.advisor(), row.promisedAt(), column, late, row.keyTag(),
                        late && ProgressContacts.contactDue(row.promisedAt(), row.lastContactAt())));
            }
            return cards;
        });
    }

    private static JobBoardColumn column(Handle handle, long orderId) {
        RepairPlan plan = RepairOrderService.plan(handle, orderId);
        DispatchDao dao = handle.attach(DispatchDao.class);
        List<Long> labour = plan.lines().stream().filter(l -> l.kind() == LineKind.LABOUR).map(RepairLine::id).toList();
        List<DispatchDao.ClockRow> clocks = labour.isEmpty() ? List.of() : dao.clocks(labour);
        boolean someoneOn = clocks.stream().anyMatch(c -> c.stoppedAt() == null);
        boolean pausedForParts = plan.lines().stream().filter(l -> l.status() != LineStatus.DONE).anyMatch(l -> {
            DispatchDao.ClockRow last = null;
            for (DispatchDao.ClockRow c : clocks) {
                if (c.lineId() == l.id()) {
                    last = c;
                }
            }
            return last != null && JobClockReason.WAITING_FOR_PARTS.name().equals(last.stopReason());
        });
        return column(plan, LineReservations.outstanding(handle, orderId), dao.openPurchaseRequests(orderId) > 0,
                someoneOn, pausedForParts);
    }

    /**
     * The column of an order. Approval first (lines waiting for the customer, or the total above
     * the approved estimate), then work (someone clocked on), then parts (an open purchase request,
     * a pause for parts, or a started order whose reserved parts are not issued while nobody works).
     */
    static JobBoardColumn column(RepairPlan plan, int partsOutstanding, boolean openPurchaseRequest, boolean someoneOn,
                                 boolean pausedForParts) {
        return switch (plan.status()) {
            case RECEIVED -> JobBoardColumn.WAITING;
            case PLANNED -> JobBoardColumn.WAITING_FOR_APPROVAL;
            case IN_QC -> JobBoardColumn.IN_QC;
            case READY_FOR_SETTLEMENT, SETTLED, DELIVERED -> JobBoardColumn.READY;
            case APPROVED, IN_PROGRESS -> {
                if (!plan.pendingLines().isEmpty() || plan.needsApproval()) {
                    yield JobBoardColumn.WAITING_FOR_APPROVAL;
                }
                if (someoneOn) {
                    yield JobBoardColumn.IN_PROGRESS;
                }
                boolean started = plan.status() == RepairOrderStatus.IN_PROGRESS;
                if (openPurchaseRequest || pausedForParts || (started && partsOutstanding > 0)) {
                    yield JobBoardColumn.WAITING_FOR_PARTS;
                }
                yield started ? JobBoardColumn.IN_PROGRESS : JobBoardColumn.WAITING;
            }
            case CANCELLED -> JobBoardColumn.WAITING;
        };
    }
}
