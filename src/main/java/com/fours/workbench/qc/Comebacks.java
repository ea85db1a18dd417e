package com.fours.workbench.qc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.core.PlateNumber;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrder;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairOrders;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Cars that come back inside the guarantee of an earlier order. Reception asks before saving (the
 * advisor is told on the intake screen); when the repair order is opened, in reception's
 * transaction, it is linked to the earlier order and marked a guarantee comeback. Its labour is the
 * store's (payer INTERNAL) unless a user who may override the comeback charge names another payer
 * for a line, with the reason.
 */
public final class Comebacks implements RepairOrders.Opened, RepairOrderService.PayerRule {

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final RepairOrderService repair;

    public Comebacks(Transactions transactions, Session session, AuditTrail audit, Clock clock, RepairOrderService repair) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.repair = repair;
    }

    /** Labour of a comeback is the store's, unless the charge of that line was overridden. */
    @Override
    public Payer payer(Handle handle, long orderId, Long lineId, LineKind kind, Payer asked) {
        if (kind != LineKind.LABOUR || handle.attach(QcDao.class).comeback(orderId).isEmpty()) {
            return asked;
        }
        if (lineId != null) {
            Optional<String> overridden = handle.attach(ComebackDao.class).chargedPayer(lineId);
            if (overridden.isPresent()) {
                return Payer.valueOf(overridden.get());
            }
        }
        return Payer.INTERNAL;
    }

    /** The labour lines of comebacks not settled yet: what a manager may charge otherwise. */
    public java.util.List<ComebackLine> openLines() {
        session.require(Permission.OVERRIDE_COMEBACK_CHARGE);
        return transactions.read(handle -> handle.attach(ComebackDao.class).openLines().stream()
                .map(l -> new ComebackLine(l.orderId(), l.orderNumber(), l.orderVersion(), PlateNumber.displayOf(l.plate()),
                        l.earlierOrderNumber(), l.lineId(), l.description(), l.payer(), l.overridden()))
                .toList());
    }

    public static final String REASON = "reason";

    /**
     * Charges a labour line of a comeback to another payer, with the reason; needs
     * OVERRIDE_COMEBACK_CHARGE. The line is changed through the repair order (a changed line needs
     * the customer's word again); the override and its reason are kept and audited.
     */
    public RepairPlan overrideCharge(long orderId, int expectedVersion, long lineId, Payer payer, String reason) {
        AuthenticatedUser user = session.require(Permission.OVERRIDE_COMEBACK_CHARGE);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw new InvalidFieldsException(java.util.Map.of(REASON, new InvalidValueException(why.isEmpty()
                    ? "qc.invalid.overrideReasonRequired" : "qc.invalid.reasonTooLong", 1000)));
        }
        try {
            Typed.optionalMultilineText(why, 1000);
        } catch (InvalidValueException e) {
            throw new InvalidFieldsException(java.util.Map.of(REASON, e));
        }
        if (payer == null) {
            throw new InvalidValueException("qc.invalid.payer");
        }
        return transactions.inTransaction(handle -> {
            if (handle.attach(QcDao.class).comeback(orderId).isEmpty()) {
                throw new BusinessRuleException("qc.notComeback", RepairOrderService.plan(handle, orderId).order().number());
            }
            RepairPlan plan = RepairOrderService.plan(handle, orderId);
            RepairLine line = plan.lines().stream().filter(l -> l.id() == lineId && l.kind() == LineKind.LABOUR)
                    .findFirst().orElseThrow(() -> new BusinessRuleException("qc.notComebackLabour"));
            ComebackDao charges = handle.attach(ComebackDao.class);
            charges.deleteCharge(lineId);
            charges.insertCharge(lineId, payer.name(), why, user.username(), clock.instant());
            audit.record(handle, QcAuditAction.QC_COMEBACK_CHARGE_OVERRIDDEN, "repair_order", orderId,
                    line.description() + ": " + line.payer(), line.description() + ": " + payer + ", reason=" + why);
            return repair.changeLine(handle, orderId, expectedVersion, lineId, new LineInput(LineKind.LABOUR, line.operationId(),
                    null, line.description(), line.category(), line.quantity(), line.unitPrice(), payer,
                    line.workGroupId()), false);
        });
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
            String number = handle.attach(ComebackDao.class).orderNumber(earlier);
            return new Comeback(exceptOrderId, earlier, number, r.exitDate(), r.guaranteeUntil(), r.guaranteeUntilKm(),
                    recordedAt);
        });
    }

    /**
     * Marks an order a comeback of an earlier one unless it already is one (customer care's
     * repair-quality complaint, in reception's transaction); true when it was marked now.
     */
    public static boolean linkIfNot(Handle handle, long orderId, long earlierOrderId, Instant at) {
        QcDao dao = handle.attach(QcDao.class);
        if (dao.earlierOrderOf(orderId).isPresent()) {
            return false;
        }
        dao.insertComeback(orderId, earlierOrderId, at);
        return true;
    }

    @Override
    public void opened(Handle handle, RepairOrder order) {
        ComebackDao.IntakeFacts intake = handle.attach(ComebackDao.class).intakeFacts(order.intakeId());
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
}
