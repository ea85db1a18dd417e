package com.fours.workbench.qc;

import static com.fours.workbench.repair.RepairFixture.q;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeDraft;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.intake.IntakeSheet;
import com.fours.workbench.repair.ApprovalInput;
import com.fours.workbench.repair.DispatchTarget;
import com.fours.workbench.repair.JobClockReason;
import com.fours.workbench.repair.LabourOperation;
import com.fours.workbench.repair.LabourOperationInput;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The repair fixture (advisor lina, team lead wanggang, QC inspector sunli, manager zhoujie, the
 * customer's Camry) plus technicians zhangwei and lihua, a spark-plug job of level-2 maintenance
 * (0.8 h) and a checklist: one item for every order, one for level-2 maintenance, one for minor
 * repairs. {@link #orderInQc} takes a new reception of the car through work to QC.
 */
public final class QcFixture {

    public final RepairFixture f;
    public final AppServices services;
    public final MutableClock clock;
    public final UserAccount zhangwei;
    public final UserAccount lihua;
    public final LabourOperation plugs;
    public final ChecklistItem clean;
    public final ChecklistItem torque;
    public final ChecklistItem roadTest;

    public QcFixture(MutableClock clock) {
        this(clock, new RepairFixture(clock));
    }

    /** On a repair fixture of the caller's (PostgreSQL). */
    public QcFixture(MutableClock clock, RepairFixture repairFixture) {
        this.clock = clock;
        f = repairFixture;
        services = f.services;
        services.authentication().logout();
        zhangwei = TestWorkbench.addUser(services, "zhangwei", RepairFixture.PASSWORD, Role.TECHNICIAN);
        lihua = TestWorkbench.addUser(services, "lihua", RepairFixture.PASSWORD, Role.TECHNICIAN);
        f.as("zhoujie");
        plugs = services.labourCatalog().saveOperation(null, 0, new LabourOperationInput("PLUG-01", "火花塞更换（4缸）",
                "Spark plugs replacement", RepairCategory.SECOND_LEVEL_MAINTENANCE, "0.8", null, true));
        QcChecklists checklists = services.qcChecklists();
        clean = checklists.saveChecklistItem(null, 0, null, "10", "车辆清洁，无油污", "Car clean, no grease", true);
        torque = checklists.saveChecklistItem(null, 0, RepairCategory.SECOND_LEVEL_MAINTENANCE, "1", "火花塞拧紧力矩 25 N·m",
                "Spark plug torque 25 N·m", true);
        roadTest = checklists.saveChecklistItem(null, 0, RepairCategory.MINOR_REPAIR, "1", "路试无异响", "Road test, no noise", true);
        services.authentication().logout();
    }

    public void as(String user) {
        f.as(user);
    }

    /** A new reception of the car at this odometer reading: a new repair order, RECEIVED. */
    public long receive(int mileage) {
        as("lina");
        IntakeDraft draft = services.intakes().draftForVehicle(f.vehicle.id());
        IntakeInput d = draft.input();
        IntakeInput input = new IntakeInput(String.valueOf(mileage), FuelLevel.HALF, "", "做二级维护", d.requestedItems(), "",
                d.promisedAt(), d.oldParts(), d.approvalContact(), d.customerWaits(), d.notes(), List.of());
        IntakeSheet sheet = services.intakes().receive(draft, input, List.of(), Optional.empty());
        return sheet.repairOrder().id();
    }

    /** The spark-plug job (and a 50.00 fee) approved, worked by zhangwei, and sent to QC by lina. */
    public long orderInQc(int mileage) {
        long order = receive(mileage);
        return toQc(order, plugs);
    }

    public long toQc(long order, LabourOperation operation) {
        RepairOrderService repair = services.repairOrderService();
        as("lina");
        RepairPlan plan = repair.addLine(order, repair.plan(order).version(), LineInput.labour(operation.id(), q("0.8"),
                Payer.CUSTOMER), false);
        plan = repair.approve(order, plan.version(), ApprovalInput.counter("张伟"));
        long line = plan.lines().get(0).id();
        as("wanggang");
        services.dispatch().assign(line, DispatchTarget.technician(zhangwei.id(), "zhangwei"));
        as("zhangwei");
        services.jobClock().clockOn(line);
        clock.advance(Duration.ofMinutes(45));
        services.jobClock().clockOff(line, JobClockReason.FINISHED);
        sendToQc(order);
        return order;
    }

    public void sendToQc(long order) {
        as("lina");
        RepairOrderService repair = services.repairOrderService();
        repair.transition(order, repair.plan(order).version(), RepairOrderStatus.IN_QC);
    }

    /** Every item of the order's checklist passed. */
    public List<ItemCheck> allPass(long order) {
        return services.transactions().read(h -> QcSheets.sheet(h, order)).checklist().stream()
                .map(i -> ItemCheck.pass(i.id())).toList();
    }

    /** Self-check by zhangwei, re-check by wanggang, final check by sunli, all passed. */
    public QcSheet passAll(long order, String exitMileage) {
        as("zhangwei");
        services.qcSignOff().pass(order, QcLevel.SELF_CHECK, allPass(order), null);
        as("wanggang");
        services.qcSignOff().pass(order, QcLevel.RECHECK, allPass(order), null);
        as("sunli");
        return services.qcSignOff().pass(order, QcLevel.FINAL_CHECK, allPass(order), exitMileage);
    }

    public int count(String sql) {
        return services.transactions().read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    public void close() {
        services.close();
    }

    static final Duration DAY = Duration.ofDays(1);
}
