package com.fours.workbench.care;

import java.time.Clock;
import java.time.Instant;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.qc.Comebacks;
import com.fours.workbench.repair.RepairOrder;
import com.fours.workbench.repair.RepairOrders;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Session;

/**
 * When reception opens an order for a car whose repair-quality complaint asked for it back, the
 * order is linked to the complaint and marked a comeback of the complained-about visit (quality
 * control's comeback: its labour is the store's), in reception's transaction.
 */
public final class ComplaintComebacks implements RepairOrders.Opened {

    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public ComplaintComebacks(Session session, AuditTrail audit, Clock clock) {
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void opened(Handle handle, RepairOrder order) {
        ComplaintDao dao = handle.attach(ComplaintDao.class);
        for (Complaint c : dao.awaitingComeback(order.vehicleId())) {
            Instant now = clock.instant();
            dao.linkComeback(c.id(), order.id());
            Comebacks.linkIfNot(handle, order.id(), c.repairOrderId(), now);
            String by = session.user().map(u -> u.username()).orElse(order.advisor());
            dao.insertStep(c.id(), ComplaintStepKind.COMEBACK.name(), order.number(), by, now);
            String text = "order=" + order.number() + ", earlier=" + c.repairOrderNumber();
            if (session.user().isPresent()) {
                audit.record(handle, ComplaintAuditAction.COMPLAINT_COMEBACK_LINKED, "complaint", c.number(), null, text);
            } else {
                audit.recordAnonymous(handle, order.advisor(), ComplaintAuditAction.COMPLAINT_COMEBACK_LINKED, "complaint",
                        c.number(), null, text);
            }
        }
    }
}
