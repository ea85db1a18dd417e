package com.fours.workbench.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.parts.Reservation;
import com.fours.workbench.parts.ReservationStatus;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.Role;
import com.fours.workbench.security.UserAccount;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Cancelling a repair order: only the advisor or the manager, always with a reason kept in the
 * audit log; the reserved parts go back and the workshop's dispatches end; never under a running clock.
 */
class RepairOrderCancelTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private RepairFixture f;
    private RepairOrderService repair;
    private UserAccount zhangwei;
    private RepairLine oilChange;

    @BeforeEach
    void setUp() {
        f = new RepairFixture(clock);
        repair = f.services.repairOrderService();
        f.services.authentication().logout();
        zhangwei = TestWorkbench.addUser(f.services, "zhangwei", RepairFixture.PASSWORD, Role.TECHNICIAN);
        f.as("lina");
        RepairPlan plan = repair.applyCannedJob(f.orderId(), plan().version(), f.tenThousand.id(), false);
        plan = repair.approve(f.orderId(), plan.version(), ApprovalInput.counter("张伟"));
        oilChange = plan.lines().get(0);
        f.as("wanggang");
        f.services.dispatch().assign(oilChange.id(), DispatchTarget.technician(zhangwei.id(), "zhangwei"));
    }

    @AfterEach
    void tearDown() {
        f.services.close();
    }

    private RepairPlan plan() {
        return repair.plan(f.orderId());
    }

    @Test
    void neitherATechnicianNorTheTeamLeadMayCancelAndTheStepIsNotOfferedToThem() {
        for (String user : List.of("zhangwei", "wanggang", "sunli")) {
            f.as(user);
            int v = plan().version();
            assertThat(catchThrowableOfType(() -> repair.cancel(f.orderId(), v, "客户不修了"), AccessDeniedException.class))
                    .as(user).isNotNull();
            assertThat(repair.possibleTransitions(plan())).as(user).doesNotContain(RepairOrderStatus.CANCELLED);
        }
        f.as("lina");
        assertThat(repair.possibleTransitions(plan())).contains(RepairOrderStatus.CANCELLED);
        assertThat(plan().status()).isEqualTo(RepairOrderStatus.APPROVED);
    }

    @Test
    void aCancellationNeedsAReasonAndTheBareStatusStepIsRefused() {
        f.as("lina");
        int v = plan().version();
        refused(() -> repair.transition(f.orderId(), v, RepairOrderStatus.CANCELLED), "repairCancel.reasonRequired");
        InvalidFieldsException blank = catchThrowableOfType(() -> repair.cancel(f.orderId(), v, "  \n "),
                InvalidFieldsException.class);
        assertThat(blank.byField().get(RepairOrderService.CANCEL_REASON).messageKey()).isEqualTo("field.required");
        InvalidFieldsException hidden = catchThrowableOfType(() -> repair.cancel(f.orderId(), v, "客户\u202E不修"),
                InvalidFieldsException.class);
        assertThat(hidden.byField().get(RepairOrderService.CANCEL_REASON).messageKey()).isEqualTo("field.invalidCharacter");
        assertThat(plan().status()).isEqualTo(RepairOrderStatus.APPROVED);
        assertThat(auditRows()).isEmpty();
    }

    @Test
    void theAdvisorCancelsWithAReasonThePartsGoBackTheDispatchEndsAndTheAuditKeepsTheReason() {
        f.as("lina");
        RepairPlan cancelled = repair.cancel(f.orderId(), plan().version(), "客户决定去别家保养");

        assertThat(cancelled.status()).isEqualTo(RepairOrderStatus.CANCELLED);
        assertThat(repair.possibleTransitions(cancelled)).isEmpty();
        f.as("zhaolei");
        assertThat(f.services.reservations().reservations(f.orderId())).extracting(Reservation::status)
                .isNotEmpty().containsOnly(ReservationStatus.RELEASED);
        int openAssignments = f.services.transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM job_assignment WHERE repair_line_id = :l AND ended_at IS NULL")
                .bind("l", oilChange.id()).mapTo(Integer.class).one());
        assertThat(openAssignments).as("the line left the technician's list").isZero();
        assertThat(auditRows()).containsExactly("APPROVED -> 客户决定去别家保养 by lina");
        f.as("zhangwei");
        refused(() -> f.services.jobClock().clockOn(oilChange.id()), "repairLine.orderNotApproved");
    }

    @Test
    void anOrderWithARunningClockIsNotCancelledAndTheClockIsLeftAlone() {
        f.as("zhangwei");
        f.services.jobClock().clockOn(oilChange.id());
        f.as("zhoujie");
        int v = plan().version();
        String message = refused(() -> repair.cancel(f.orderId(), v, "客户不修了"), "repairCancel.clockOpen");
        assertThat(message).contains(f.intake.repairOrder().number(), "zhangwei", "机油机滤更换");
        assertThat(plan().status()).isEqualTo(RepairOrderStatus.IN_PROGRESS);
        assertThat(auditRows()).isEmpty();
    }

    private List<String> auditRows() {
        return f.services.transactions().read(h -> h.createQuery("""
                SELECT before_value || ' -> ' || after_value || ' by ' || actor_name FROM audit_log
                WHERE action = 'REPAIR_ORDER_CANCELLED' AND subject_id = :id ORDER BY id""")
                .bind("id", String.valueOf(f.orderId())).mapTo(String.class).list());
    }

    private static String refused(ThrowingCallable call, String key) {
        BusinessRuleException refused = catchThrowableOfType(call, BusinessRuleException.class);
        assertThat(refused).as("refused with " + key).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(key);
        return com.fours.workbench.core.i18n.Messages.forLocale(java.util.Locale.ENGLISH).get(refused.messageKey(), refused.arguments());
    }
}
