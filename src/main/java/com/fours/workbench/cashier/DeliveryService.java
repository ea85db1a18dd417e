package com.fours.workbench.cashier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Typed;
import com.fours.workbench.db.Transactions;
import com.fours.workbench.intake.ItemReturn;
import com.fours.workbench.intake.KeysAndDocuments;
import com.fours.workbench.intake.TakenItem;
import com.fours.workbench.qc.QualityOutcome;
import com.fours.workbench.qc.QualityOutcomes;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.AuditTrail;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * The delivery gate: a settled car leaves when its bills are paid or on account and quality
 * control releases it. Delivering records the customer's satisfaction (1-5), numbers the gate pass
 * and moves the order to DELIVERED, in one transaction.
 */
public final class DeliveryService {

    public static final String SATISFACTION = "satisfaction";
    public static final String REMARK = "remark";

    private final Transactions transactions;
    private final Session session;
    private final AuditTrail audit;
    private final Clock clock;
    private final RepairOrderService repairOrders;
    private final QualityOutcomes qualityOutcomes;
    private final List<DeliveredHook> deliveredHooks = new CopyOnWriteArrayList<>();

    /** Told inside the hand-back's transaction, so what it adds commits or rolls back with the delivery. */
    public interface DeliveredHook {
        void delivered(Handle handle, long orderId);
    }

    public DeliveryService(Transactions transactions, Session session, AuditTrail audit, Clock clock,
                           RepairOrderService repairOrders, QualityOutcomes qualityOutcomes) {
        this.transactions = transactions;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.repairOrders = repairOrders;
        this.qualityOutcomes = qualityOutcomes;
    }

    /** Customer care plugs its callback in here (app/AppServices). */
    public void addDeliveredHook(DeliveredHook hook) {
        deliveredHooks.add(hook);
    }

    public record Delivered(String gatePassNumber, int satisfaction, String deliveredBy, Instant deliveredAt) {
    }

    public record NextService(LocalDate nextServiceDate, Integer nextServiceMileage) {
    }

    /** Whether the car may leave now, with every reason it may not. */
    public GateCheck gate(long orderId) {
        session.require(Permission.DELIVER_VEHICLES);
        return transactions.read(handle -> gate(handle, RepairOrderService.plan(handle, orderId),
                qualityOutcomes.of(handle, orderId)));
    }

    private GateCheck gate(Handle handle, RepairPlan plan, QualityOutcome qc) {
        long orderId = plan.id();
        List<BusinessRuleException> blockers = new ArrayList<>();
        if (plan.status() != RepairOrderStatus.SETTLED) {
            blockers.add(new BusinessRuleException("cashier.gate.notSettled", plan.order().number(), plan.status()));
        }
        collect(blockers, () -> CashierGuard.requireBills(handle, plan));
        collect(blockers, () -> CashierGuard.requirePaid(handle, plan));
        collect(blockers, () -> CashierGuard.requireReleasable(qc, plan));
        NextService next = nextService(handle, plan.order().vehicleId());
        return new GateCheck(orderId, plan.order().number(), plan.version(), blockers, next.nextServiceDate(),
                next.nextServiceMileage());
    }

    private static void collect(List<BusinessRuleException> blockers, Runnable check) {
        try {
            check.run();
        } catch (BusinessRuleException refused) {
            blockers.add(refused);
        }
    }

    private static NextService nextService(Handle handle, long vehicleId) {
        return handle.attach(CashierDao.class).nextService(vehicleId);
    }

    /** Hands back a car that came with no keys or documents; see {@link #deliver(long, int, Integer, String, List)}. */
    public GatePass deliver(long orderId, int expectedVersion, Integer satisfaction, String remark) {
        return deliver(orderId, expectedVersion, satisfaction, remark, List.of());
    }

    /** The keys and documents reception took with the order's car, to be ticked back at the hand-back. */
    public List<TakenItem> keysAndDocuments(long orderId) {
        session.require(Permission.DELIVER_VEHICLES);
        return transactions.read(handle -> KeysAndDocuments.itemsOfOrder(handle, orderId));
    }

    /**
     * Hands the car back: the gate must be open; the customer's satisfaction 1-5 is required; every
     * key and document reception took is returned or kept on purpose with a reason ({@code returns}),
     * or nothing happens (decision 0097).
     */
    public GatePass deliver(long orderId, int expectedVersion, Integer satisfaction, String remark,
                            List<ItemReturn> returns) {
        AuthenticatedUser user = session.require(Permission.DELIVER_VEHICLES);
        InvalidFieldsException.Collector errors = new InvalidFieldsException.Collector();
        if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
            errors.reject(SATISFACTION, new InvalidValueException("cashier.satisfaction.range"));
        }
        String note = errors.check(REMARK, () -> Typed.optionalText(remark, CashierService.MAX_REASON));
        errors.throwIfAny();
        return transactions.inTransaction(handle -> {
            RepairPlan plan = RepairOrderService.plan(handle, orderId);
            // the hand-back changes nothing quality control recorded: its outcome is read once
            QualityOutcome qc = qualityOutcomes.of(handle, orderId);
            GateCheck gate = gate(handle, plan, qc);
            if (!gate.open()) {
                throw gate.blockers().get(0);
            }
            Instant now = clock.instant();
            KeysAndDocuments.handBack(handle, audit, orderId, gate.orderNumber(), returns, user.username(), now);
            String number = "CM" + gate.orderNumber().replaceFirst("^RO", "");
            handle.attach(CashierDao.class).insertDelivery(orderId, number, satisfaction, note, user.username(), now);
            RepairPlan delivered = repairOrders.transition(handle, plan, expectedVersion, RepairOrderStatus.DELIVERED);
            for (DeliveredHook hook : deliveredHooks) {
                hook.delivered(handle, orderId);
            }
            audit.record(handle, CashierAuditAction.VEHICLE_DELIVERED, "repair_order", orderId, null,
                    "order=" + gate.orderNumber() + ", gatePass=" + number + ", satisfaction=" + satisfaction);
            return gatePass(handle, delivered, qc);
        });
    }

    /** The gate pass of a delivered order, for printing again. */
    public GatePass gatePass(long orderId) {
        session.require(Permission.DELIVER_VEHICLES);
        return transactions.read(handle -> gatePass(handle, RepairOrderService.plan(handle, orderId),
                qualityOutcomes.of(handle, orderId)));
    }

    private GatePass gatePass(Handle handle, RepairPlan plan, QualityOutcome qc) {
        long orderId = plan.id();
        Delivered d = handle.attach(CashierDao.class).delivery(orderId)
                .orElseThrow(() -> new BusinessRuleException("cashier.gate.notDelivered", plan.order().number()));
        NextService next = nextService(handle, plan.order().vehicleId());
        List<String> bills = CashierService.billsOf(handle, orderId).stream().filter(BillDetails::live)
                .map(BillDetails::number).toList();
        return new GatePass(d.gatePassNumber(), orderId, plan.order().number(), plan.plate(),
                plan.model(), plan.vin(), plan.customerName(), bills, qc == null ? null : qc.certificateNumber(),
                qc == null ? null : qc.guaranteeUntil(), qc == null ? null : qc.guaranteeUntilKm(),
                next.nextServiceDate(), next.nextServiceMileage(), d.satisfaction(), d.deliveredBy(),
                d.deliveredAt(), KeysAndDocuments.itemsOfOrder(handle, orderId));
    }
}
