package com.fours.workbench.cashier;

import java.math.BigDecimal;
import java.util.List;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Money;
import com.fours.workbench.parts.Reservation;
import com.fours.workbench.repair.ApprovalInput;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.QcSteps;

/**
 * The repair fixture's store plus a cashier (chenjing), and orders brought through the workshop
 * to READY_FOR_SETTLEMENT: lines added and approved, labour done, parts issued, quality control's
 * three-level sign-off passed (technician zhangwei, team lead wanggang, inspector sunli).
 */
public final class CashierFixture {

    public static final String PASSWORD = RepairFixture.PASSWORD;

    public final RepairFixture repair;
    public final AppServices services;

    public CashierFixture(MutableClock clock) {
        this(new RepairFixture(clock));
    }

    /** The same on a workbench already set up (its administrator created), e.g. on PostgreSQL or an H2 file. */
    public CashierFixture(AppServices setUp) {
        this(new RepairFixture(setUp));
    }

    private CashierFixture(RepairFixture repair) {
        this.repair = repair;
        services = repair.services;
        com.fours.workbench.testing.TestWorkbench.addUser(services, "chenjing", PASSWORD, Role.CASHIER);
        com.fours.workbench.testing.TestWorkbench.addUser(services, "zhangwei", PASSWORD, Role.TECHNICIAN);
    }

    public void as(String user) {
        repair.as(user);
    }

    /** A fee line of {@code quantity} × {@code price}. */
    public static LineInput fee(String description, String quantity, String price, Payer payer) {
        return new LineInput(LineKind.FEE, null, null, description, null, new BigDecimal(quantity), Money.of(price),
                payer, null);
    }

    public static LineInput labour(long operationId, String hours, String rate, Payer payer) {
        return new LineInput(LineKind.LABOUR, operationId, null, null, null, new BigDecimal(hours),
                rate == null ? null : Money.of(rate), payer, null);
    }

    /** The fixture's first order with these lines, through the workshop to READY_FOR_SETTLEMENT. */
    public long readyOrder(List<LineInput> lines) {
        return ready(repair.orderId(), lines);
    }

    /** A received order (e.g. one with keys and documents) with these lines, through the workshop to READY_FOR_SETTLEMENT. */
    public long readyOrderOf(long orderId, List<LineInput> lines) {
        return ready(orderId, lines);
    }

    /** A new reception, of another car of the customer (so no guarantee comeback), with these lines, through the workshop to READY_FOR_SETTLEMENT. */
    public long anotherReadyOrder(List<LineInput> lines) {
        as("lina");
        long id = repair.receiveAnotherCar().repairOrder().id();
        return ready(id, lines);
    }

    /**
     * {@code count} new receptions of other cars with these lines, through the workshop to
     * READY_FOR_SETTLEMENT step by step for all of them, so each person logs in once per step rather
     * than once per order (a password check costs a few hundred milliseconds).
     */
    public List<Long> readyOrders(int count, List<LineInput> lines) {
        RepairOrderService ro = services.repairOrderService();
        List<Long> ids = new java.util.ArrayList<>();
        as("lina");
        for (int i = 0; i < count; i++) {
            long id = repair.receiveAnotherCar().repairOrder().id();
            RepairPlan plan = ro.plan(id);
            for (LineInput line : lines) {
                plan = ro.addLine(id, plan.version(), line, false);
            }
            plan = ro.approve(id, plan.version(), ApprovalInput.counter("张伟"));
            ro.transition(id, plan.version(), RepairOrderStatus.IN_PROGRESS);
            ids.add(id);
        }
        as("wanggang");
        for (long id : ids) {
            for (RepairLine line : ro.plan(id).lines()) {
                if (line.kind() == LineKind.LABOUR || line.kind() == LineKind.SUBLET) {
                    services.transactions().useTransaction(h -> ro.lineStarted(h, line.id()));
                    services.transactions().useTransaction(h -> ro.lineDone(h, line.id()));
                }
            }
        }
        as("zhaolei");
        for (long id : ids) {
            for (Reservation r : services.reservations().reservations(id)) {
                services.reservations().issueByCode(id, r.partNumber(), r.quantity());
            }
        }
        as("lina");
        for (long id : ids) {
            ro.transition(id, ro.plan(id).version(), RepairOrderStatus.IN_QC);
        }
        QcSteps.passAll(services, ids, PASSWORD, "zhangwei", "wanggang", "sunli");
        return ids;
    }

    /** An order with these lines, approved and worked but still in the workshop (IN_PROGRESS). */
    public long inProgressOrder(List<LineInput> lines) {
        as("lina");
        long id = repair.receive().repairOrder().id();
        RepairOrderService ro = services.repairOrderService();
        RepairPlan plan = ro.plan(id);
        for (LineInput line : lines) {
            plan = ro.addLine(id, plan.version(), line, false);
        }
        plan = ro.approve(id, plan.version(), ApprovalInput.counter("张伟"));
        ro.transition(id, plan.version(), RepairOrderStatus.IN_PROGRESS);
        return id;
    }

    private long ready(long id, List<LineInput> lines) {
        as("lina");
        RepairOrderService ro = services.repairOrderService();
        RepairPlan plan = ro.plan(id);
        for (LineInput line : lines) {
            plan = ro.addLine(id, plan.version(), line, false);
        }
        plan = ro.approve(id, plan.version(), ApprovalInput.counter("张伟"));
        plan = ro.transition(id, plan.version(), RepairOrderStatus.IN_PROGRESS);
        as("wanggang");
        for (RepairLine line : plan.lines()) {
            if (line.kind() == LineKind.LABOUR || line.kind() == LineKind.SUBLET) {
                services.transactions().useTransaction(h -> ro.lineStarted(h, line.id()));
                services.transactions().useTransaction(h -> ro.lineDone(h, line.id()));
            }
        }
        as("zhaolei");
        for (Reservation r : services.reservations().reservations(id)) {
            services.reservations().issueByCode(id, r.partNumber(), r.quantity());
        }
        as("lina");
        plan = ro.transition(id, ro.plan(id).version(), RepairOrderStatus.IN_QC);
        passQualityControl(id, plan.version());
        as("chenjing");
        return id;
    }

    /** Quality control's real three-level sign-off; the final check takes the order on to READY_FOR_SETTLEMENT. */
    public void passQualityControl(long id, int version) {
        QcSteps.passAll(services, id, PASSWORD, "zhangwei", "wanggang", "sunli");
    }

    public int version(long orderId) {
        return services.cashier().order(orderId).version();
    }
}
