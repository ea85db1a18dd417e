package com.fours.workbench.repair;

import static com.fours.workbench.repair.RepairFixture.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.Money;
import com.fours.workbench.intake.FuelLevel;
import com.fours.workbench.intake.IntakeDraft;
import com.fours.workbench.intake.IntakeInput;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.QcSteps;
import com.fours.workbench.testing.TestWorkbench;

/** The job board's columns derived from the order's status, its lines, its parts and the clock, on a real H2 database. */
class JobBoardServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private RepairFixture f;
    private RepairOrderService repair;
    private UserAccount zhangwei;

    @BeforeEach
    void setUp() {
        f = new RepairFixture(clock);
        repair = f.services.repairOrderService();
        f.services.authentication().logout();
        zhangwei = TestWorkbench.addUser(f.services, "zhangwei", RepairFixture.PASSWORD, Role.TECHNICIAN);
        f.as("lina");
    }

    @AfterEach
    void tearDown() {
        f.services.close();
    }

    private JobBoardCard card(long orderId) {
        return f.services.jobBoard().board().stream().filter(c -> c.orderId() == orderId).findFirst().orElseThrow();
    }

    private JobBoardColumn column(long orderId) {
        return card(orderId).column();
    }

    private int version(long orderId) {
        return repair.plan(orderId).version();
    }

    private void dispatchToZhangwei(long lineId) {
        f.as("wanggang");
        f.services.dispatch().assign(lineId, DispatchTarget.technician(zhangwei.id(), "zhangwei"));
    }

    @Test
    void aCarMovesAcrossTheBoardFromReceivedToReady() {
        long order = f.orderId();
        JobBoardCard received = card(order);
        assertThat(received.column()).isEqualTo(JobBoardColumn.WAITING);
        assertThat(received.plate()).isEqualTo("粤A·12345");
        assertThat(received.model()).isEqualTo("广汽丰田 凯美瑞");
        assertThat(received.orderNumber()).isEqualTo(repair.plan(order).order().number());

        RepairPlan plan = repair.addLine(order, version(order), LineInput.labour(f.alignment.id(), q("1.2"), Payer.CUSTOMER),
                false);
        assertThat(column(order)).as("planned").isEqualTo(JobBoardColumn.WAITING_FOR_APPROVAL);
        plan = repair.approve(order, plan.version(), ApprovalInput.counter("张伟"));
        assertThat(column(order)).as("approved, nobody on it").isEqualTo(JobBoardColumn.WAITING);

        long alignment = plan.lines().get(0).id();
        dispatchToZhangwei(alignment);
        f.as("zhangwei");
        f.services.jobClock().clockOn(alignment);
        assertThat(column(order)).isEqualTo(JobBoardColumn.IN_PROGRESS);
        clock.advance(Duration.ofMinutes(30));
        f.services.jobClock().clockOff(alignment, JobClockReason.WAITING_FOR_PARTS);
        assertThat(column(order)).as("paused for parts").isEqualTo(JobBoardColumn.WAITING_FOR_PARTS);
        f.services.jobClock().clockOn(alignment);
        assertThat(column(order)).isEqualTo(JobBoardColumn.IN_PROGRESS);

        f.as("lina");
        repair.addLine(order, version(order), LineInput.fee("轮胎动平衡", Money.of("40.00"), Payer.CUSTOMER), false);
        assertThat(column(order)).as("an extra line waits for the customer").isEqualTo(JobBoardColumn.WAITING_FOR_APPROVAL);
        repair.approve(order, version(order), ApprovalInput.phone("张伟", "lina", clock.instant(), "同意做动平衡"));
        assertThat(column(order)).isEqualTo(JobBoardColumn.IN_PROGRESS);

        f.as("zhangwei");
        clock.advance(Duration.ofMinutes(40));
        f.services.jobClock().clockOff(alignment, JobClockReason.FINISHED);
        f.as("lina");
        RepairPlan done = repair.plan(order);
        long fee = done.lines().get(1).id();
        done = repair.markLineDone(order, done.version(), fee);
        done = repair.transition(order, done.version(), RepairOrderStatus.IN_QC);
        assertThat(column(order)).isEqualTo(JobBoardColumn.IN_QC);
        QcSteps.passAll(f.services, order, RepairFixture.PASSWORD, "zhangwei", "wanggang", "sunli");
        f.as("lina");
        assertThat(column(order)).isEqualTo(JobBoardColumn.READY);
    }

    @Test
    void partsNotIssuedWhileNobodyWorksOrAPurchaseRequestPutTheCarInWaitingForParts() {
        long order = f.orderId();
        RepairPlan plan = repair.applyCannedJob(order, version(order), f.tenThousand.id(), false);
        plan = repair.approve(order, plan.version(), ApprovalInput.counter("张伟"));
        assertThat(column(order)).as("parts reserved, work not started").isEqualTo(JobBoardColumn.WAITING);
        long oilChange = plan.lines().get(0).id();
        dispatchToZhangwei(oilChange);
        f.as("zhangwei");
        f.services.jobClock().clockOn(oilChange);
        assertThat(column(order)).isEqualTo(JobBoardColumn.IN_PROGRESS);
        f.services.jobClock().clockOff(oilChange, JobClockReason.BREAK);
        assertThat(column(order)).as("started, nobody on it, the filter and oil not issued")
                .isEqualTo(JobBoardColumn.WAITING_FOR_PARTS);

        f.as("lina");
        long second = f.receive().repairOrder().id();
        RepairPlan pads = repair.addLine(second, version(second), LineInput.part(f.pads.id(), q("1"), Payer.CUSTOMER), true);
        pads = repair.addLine(second, pads.version(), LineInput.labour(f.brakePads.id(), q("1.5"), Payer.CUSTOMER), false);
        repair.approve(second, pads.version(), ApprovalInput.counter("张伟"));
        assertThat(column(second)).as("a purchase request for the brake pads").isEqualTo(JobBoardColumn.WAITING_FOR_PARTS);
    }

    @Test
    void aCardIsLateOnceItsPromisedTimeHasPassedUnlessTheCarIsReady() {
        IntakeDraft draft = f.services.intakes().draftForVehicle(f.vehicle.id());
        IntakeInput d = draft.input();
        // 10:00 in Shanghai now; promised for 12:00
        long order = f.services.intakes().receive(draft, new IntakeInput("32000", FuelLevel.HALF, "", "异响", d.requestedItems(),
                "", "2026-11-27 12:00", d.oldParts(), d.approvalContact(), d.customerWaits(), d.notes(), List.of()),
                List.of(), Optional.empty()).repairOrder().id();
        JobBoardCard card = card(order);
        assertThat(card.promisedAt()).isEqualTo(Instant.parse("2026-11-27T04:00:00Z"));
        assertThat(card.late()).isFalse();
        assertThat(card(f.orderId()).late()).as("no promised time, never late").isFalse();
        clock.advance(Duration.ofMinutes(121));
        assertThat(card(order).late()).isTrue();
        assertThat(card(f.orderId()).late()).isFalse();
        assertThat(f.services.jobBoard().board()).extracting(JobBoardCard::orderId)
                .as("promised first, then the rest").containsExactly(order, f.orderId());
    }
}
