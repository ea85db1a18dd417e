package com.fours.workbench.qc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.RepairOrder;
import com.fours.workbench.repair.RepairOrders;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Cars that come back inside the guarantee of an earlier order. Reception asks before saving (the
 * advisor is told on the intake screen); when the repair order is opened, in reception's
 * transaction, it is linked to the earlier order and marked a guarantee comeback.
 */
public final class Comebacks implements RepairOrders.Opened {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;

    public Comebacks(Transactions transactions, Session session, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    /** An earlier order of the car whose guarantee covers today and this odometer reading, if any. */
    public Optional<Comeback> covering(long vehicleId, int mileage) {
        if (!session.may(Permission.USE_RECEPTION)) {
            session.require(Permission.USE_QUALITY_CONTROL);
        }
        LocalDate today = LocalDate.now(clock);
        return transactions.read(handle -> covering(handle, vehicleId, -1, today, mileage, null));
    }

    private static Optional<Comeback> covering(Handle handle, long vehicleId, long exceptOrderId, LocalDate date, int mileage,
                                               Instant recordedAt) {
        QcDao dao = handle.attach(QcDao.class);
        return dao.coveringOrder(vehicleId, exceptOrderId, date, mileage).map(earlier -> {
            Release r = dao.release(earlier).orElseThrow();
            String number = handle.createQuery("SELECT number FROM repair_order WHERE id = :id").bind("id", earlier)
                    .mapTo(String.class).one();
            return new Comeback(exceptOrderId, earlier, number, r.exitDate(), r.guaranteeUntil(), r.guaranteeUntilKm(),
                    recordedAt);
        });
    }

    @Override
    public void opened(Handle handle, RepairOrder order) {
        IntakeFacts intake = handle.createQuery("SELECT received_at, mileage FROM intake WHERE id = :id")
                .bind("id", order.intakeId()).map(ConstructorMapper.of(IntakeFacts.class)).one();
        LocalDate day = LocalDate.ofInstant(intake.receivedAt(), clock.getZone());
        Optional<Comeback> found = covering(handle, order.vehicleId(), order.id(), day, intake.mileage(), clock.instant());
        if (found.isEmpty()) {
            return;
        }
        Comeback c = found.get();
        handle.attach(QcDao.class).insertComeback(order.id(), c.earlierOrderId(), clock.instant());
        String text = "order=" + order.number() + ", earlier=" + c.earlierOrderNumber() + ", mileage=" + intake.mileage()
                + ", guaranteeUntil=" + c.guaranteeUntil() + " / " + c.guaranteeUntilKm() + " km";
        if (session.user().isPresent()) {
            audit.record(handle, QcAuditAction.QC_COMEBACK_LINKED, "repair_order", order.id(), null, text);
        } else {
            audit.recordAnonymous(handle, order.advisor(), QcAuditAction.QC_COMEBACK_LINKED, "repair_order", order.id(),
                    null, text);
        }
    }

    record IntakeFacts(Instant receivedAt, int mileage) {
    }
}
