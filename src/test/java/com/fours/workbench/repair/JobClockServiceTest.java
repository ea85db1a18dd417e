package com.fours.workbench.repair;

import static com.fours.workbench.repair.RepairFixture.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.appointments.WorkGroup;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Dispatch and the job clock on a real H2 database: the fixture's Camry with the 10,000 km canned
 * job (oil change 0.5 h, a filter, 4.5 l of oil) and a wheel alignment (1.2 h), approved at the
 * counter; two technicians of the 机修组 and one outside it.
 */
class JobClockServiceTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private RepairFixture f;
    private DispatchService dispatch;
    private JobClockService jobClock;
    private UserAccount zhangwei;
    private UserAccount lihua;
    private UserAccount chenming;
    private WorkGroup mechanics;
    private RepairLine oilChange;
    private RepairLine alignment;

    @BeforeEach
    void setUp() {
        f = new RepairFixture(clock);
        dispatch = f.services.dispatch();
        jobClock = f.services.jobClock();
        zhangwei = technician("zhangwei");
        lihua = technician("lihua");
        chenming = technician("chenming");
        f.as("wanggang");
        mechanics = f.services.workshop().createGroup("机修组", 1);
        f.services.workshop().setMembers(mechanics.id(), Set.of(zhangwei.id(), lihua.id()));
        f.as("lina");
        RepairOrderService repair = f.services.repairOrderService();
        RepairPlan plan = repair.applyCannedJob(f.orderId(), repair.plan(f.orderId()).version(), f.tenThousand.id(), false);
        plan = repair.addLine(f.orderId(), plan.version(), LineInput.labour(f.alignment.id(), q("1.2"), Payer.CUSTOMER), false);
        plan = repair.approve(f.orderId(), plan.version(), ApprovalInput.counter("张伟"));
        oilChange = plan.lines().get(0);
        alignment = plan.lines().get(3);
    }

    private UserAccount technician(String username) {
        f.services.authentication().logout();
        return TestWorkbench.addUser(f.services, username, RepairFixture.PASSWORD, Role.TECHNICIAN);
    }

    @AfterEach
    void tearDown() {
        f.services.close();
    }

    private RepairPlan plan() {
        return f.services.repairOrderService().plan(f.orderId());
    }

    private RepairLine line(long id) {
        return plan().lines().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    private static String refusal(ThrowingCallable call, String expectedKey) {
        BusinessRuleException refused = catchThrowableOfType(call, BusinessRuleException.class);
        assertThat(refused).as("refused with " + expectedKey).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(expectedKey);
        return ENGLISH.get(refused.messageKey(), refused.arguments());
    }

    private int auditRows(String action) {
        return f.services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = :a")
                .bind("a", action).mapTo(Integer.class).one());
    }

    @Test
    void theTeamLeadDispatchesToATechnicianThenToTheGroupAndTheHistoryStays() {
        f.as("wanggang");
        assertThat(dispatch.jobs()).extracting(DispatchJob::description, DispatchJob::assignee, DispatchJob::plate)
                .containsExactly(tuple("机油机滤更换", null, "粤A·12345"), tuple("四轮定位", null, "粤A·12345"));
        assertThat(dispatch.targets()).extracting(DispatchTarget::name).contains("机修组", "zhangwei 测试", "lihua 测试");

        JobAssignment first = dispatch.assign(oilChange.id(), DispatchTarget.technician(zhangwei.id(), "zhangwei"));
        assertThat(first.assignee()).isEqualTo("zhangwei 测试");
        clock.advance(Duration.ofMinutes(5));
        dispatch.assign(oilChange.id(), DispatchTarget.group(mechanics.id(), "机修组"));

        assertThat(dispatch.history(oilChange.id()))
                .extracting(JobAssignment::assignee, JobAssignment::assignedBy, JobAssignment::current)
                .containsExactly(tuple("zhangwei 测试", "wanggang", false), tuple("机修组", "wanggang", true));
        assertThat(dispatch.history(oilChange.id()).get(0).endedAt()).isEqualTo(clock.instant());
        assertThat(dispatch.jobs()).extracting(DispatchJob::assignee).containsExactly("机修组", null);
        assertThat(auditRows("JOB_DISPATCHED")).isEqualTo(2);

        assertThat(refusal(() -> dispatch.assign(oilChange.id(), DispatchTarget.group(mechanics.id(), "机修组")),
                "dispatch.alreadyAssigned")).isEqualTo("机油机滤更换 is already given to 机修组.");
        assertThat(dispatch.history(oilChange.id())).hasSize(2);
    }

    @Test
    void dispatchIsRefusedForPartsForUnknownPeopleAndForOrdersNotApproved() {
        f.as("wanggang");
        RepairLine filter = plan().lines().get(1);
        assertThat(refusal(() -> dispatch.assign(filter.id(), DispatchTarget.technician(zhangwei.id(), "zhangwei")),
                "dispatch.notLabour")).isEqualTo("Only labour is dispatched and clocked: 机油滤清器 is not labour.");
        long advisor = f.services.transactions().read(h -> h.createQuery("SELECT id FROM app_user WHERE username = 'lina'")
                .mapTo(Long.class).one());
        assertThat(refusal(() -> dispatch.assign(oilChange.id(), DispatchTarget.technician(advisor, "lina")),
                "dispatch.unknownTarget")).isEqualTo("lina is not an active technician or work group.");

        f.as("lina");
        long second = f.receive().repairOrder().id();
        RepairOrderService repair = f.services.repairOrderService();
        RepairPlan planned = repair.addLine(second, repair.plan(second).version(),
                LineInput.labour(f.brakePads.id(), q("1.5"), Payer.CUSTOMER), false);
        f.as("wanggang");
        long pads = planned.lines().get(0).id();
        String message = refusal(() -> dispatch.assign(pads, DispatchTarget.technician(zhangwei.id(), "zhangwei")),
                "repairLine.orderNotApproved");
        assertThat(message).contains(planned.order().number());
        assertThat(dispatch.history(pads)).isEmpty();
        assertThat(auditRows("JOB_DISPATCHED")).isZero();
    }

    @Test
    void twoTechniciansWithAPauseAddUpToTheMinuteAndTheLastFinishMarksTheLineDone() {
        f.as("wanggang");
        dispatch.assign(oilChange.id(), DispatchTarget.group(mechanics.id(), "机修组"));
        assertThat(plan().status()).isEqualTo(RepairOrderStatus.APPROVED);

        f.as("zhangwei");
        jobClock.clockOn(oilChange.id());
        assertThat(plan().status()).as("the first clock-on starts the order").isEqualTo(RepairOrderStatus.IN_PROGRESS);
        assertThat(line(oilChange.id()).status()).isEqualTo(LineStatus.IN_PROGRESS);
        assertThat(jobClock.myJobs()).extracting(TechnicianJob::description, TechnicianJob::clockedOn)
                .containsExactly(tuple("机油机滤更换", true));

        clock.advance(Duration.ofMinutes(10));
        f.as("lihua");
        jobClock.clockOn(oilChange.id());
        clock.advance(Duration.ofMinutes(15));
        f.as("zhangwei");
        jobClock.clockOff(oilChange.id(), JobClockReason.WAITING_FOR_PARTS);
        assertThat(line(oilChange.id()).status()).as("a pause is no finish").isEqualTo(LineStatus.IN_PROGRESS);
        clock.advance(Duration.ofMinutes(15));
        jobClock.clockOn(oilChange.id());
        clock.advance(Duration.ofMinutes(10));
        f.as("lihua");
        jobClock.clockOff(oilChange.id(), JobClockReason.FINISHED);
        assertThat(line(oilChange.id()).status()).as("zhangwei is still on it").isEqualTo(LineStatus.IN_PROGRESS);
        clock.advance(Duration.ofMinutes(7).plusSeconds(30));
        f.as("zhangwei");
        jobClock.clockOff(oilChange.id(), JobClockReason.FINISHED);

        RepairLine done = line(oilChange.id());
        assertThat(done.status()).isEqualTo(LineStatus.DONE);
        assertThat(done.doneBy()).isEqualTo("zhangwei");
        LineTime time = jobClock.times(f.orderId()).get(0);
        // zhangwei 25 min + 17.5 min = 42.5 min -> 42; lihua 40 min; together 82.5 min -> 82
        assertThat(time.technicians()).extracting(TechnicianTime::displayName, TechnicianTime::minutes,
                        t -> t.hours().toPlainString())
                .containsExactly(tuple("zhangwei 测试", 42L, "0.70"), tuple("lihua 测试", 40L, "0.67"));
        assertThat(time.actualMinutes()).isEqualTo(82L);
        assertThat(time.actualHours().toPlainString()).isEqualTo("1.37");
        assertThat(time.standardHours()).isEqualByComparingTo("0.50");
        assertThat(time.variance().toPlainString()).isEqualTo("0.87");
        assertThat(jobClock.times(f.orderId()).get(1).actualMinutes()).as("the alignment not touched").isZero();
        assertThat(auditRows("JOB_CLOCKED_ON")).isEqualTo(3);
        assertThat(auditRows("JOB_CLOCKED_OFF")).isEqualTo(3);
    }

    @Test
    void clockingOnTwoJobsAtOnceOrOffAJobNeverClockedOnIsRefusedAndNothingIsSaved() {
        f.as("wanggang");
        dispatch.assign(oilChange.id(), DispatchTarget.group(mechanics.id(), "机修组"));
        dispatch.assign(alignment.id(), DispatchTarget.technician(zhangwei.id(), "zhangwei"));

        f.as("zhangwei");
        assertThat(refusal(() -> jobClock.clockOff(oilChange.id(), JobClockReason.FINISHED), "jobClock.notClockedOn"))
                .isEqualTo("You are not clocked on 机油机滤更换, so you cannot clock off it.");
        assertThat(plan().status()).isEqualTo(RepairOrderStatus.APPROVED);

        jobClock.clockOn(oilChange.id());
        int version = plan().version();
        clock.advance(Duration.ofMinutes(20));
        assertThat(refusal(() -> jobClock.clockOn(alignment.id()), "jobClock.onAnotherJob"))
                .isEqualTo("You are still clocked on 机油机滤更换: clock off that job first.");
        assertThat(refusal(() -> jobClock.clockOn(oilChange.id()), "jobClock.alreadyOn"))
                .isEqualTo("You are already clocked on 机油机滤更换.");
        assertThat(line(alignment.id()).status()).isEqualTo(LineStatus.WAITING);
        assertThat(plan().version()).isEqualTo(version);
        assertThat(jobClock.times(f.orderId()).get(1).technicians()).isEmpty();

        f.as("chenming");
        assertThat(refusal(() -> jobClock.clockOn(alignment.id()), "jobClock.notDispatched"))
                .isEqualTo("四轮定位 is not dispatched to you or your group: ask the team lead.");
        assertThat(refusal(() -> jobClock.clockOff(alignment.id(), JobClockReason.BREAK), "jobClock.notClockedOn"))
                .contains("四轮定位");
        assertThat(auditRows("JOB_CLOCKED_ON")).isEqualTo(1);
        assertThat(auditRows("JOB_CLOCKED_OFF")).isZero();
    }

    @Test
    void anAdditionAboveTheMarginStopsTheClockUntilTheCustomerApprovesAgain() {
        f.as("wanggang");
        dispatch.assign(alignment.id(), DispatchTarget.technician(zhangwei.id(), "zhangwei"));
        f.as("lina");
        RepairOrderService repair = f.services.repairOrderService();
        RepairPlan plan = repair.addLine(f.orderId(), plan().version(),
                LineInput.labour(f.brakePads.id(), q("1.5"), Payer.CUSTOMER), false);
        assertThat(plan.needsApproval()).isTrue();

        f.as("zhangwei");
        String message = refusal(() -> jobClock.clockOn(alignment.id()), "repairTransition.overApproved");
        assertThat(message).contains(plan.order().number());
        assertThat(plan().status()).isEqualTo(RepairOrderStatus.APPROVED);
        assertThat(jobClock.myJobs()).extracting(TechnicianJob::clockedOn).containsExactly(false);
    }

    @Test
    void hoursOfMinutesAreRoundedHalfUpToTwoDecimals() {
        assertThat(new TechnicianTime(1, 1, "x", 1).hours().toPlainString()).isEqualTo("0.02");
        assertThat(new TechnicianTime(1, 1, "x", 20).hours().toPlainString()).isEqualTo("0.33");
        assertThat(new TechnicianTime(1, 1, "x", 50).hours().toPlainString()).isEqualTo("0.83");
        assertThat(new LineTime(1, "x", null, 90, List.of()).variance()).isNull();
        assertThat(new LineTime(1, "x", q("1.20"), 45, List.of()).variance().toPlainString()).isEqualTo("-0.45");
    }
}
