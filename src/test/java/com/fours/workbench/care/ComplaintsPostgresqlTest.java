package com.fours.workbench.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.Coupon;
import com.fours.workbench.cashier.CouponKind;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Customer care's complaint SQL on PostgreSQL, in a schema of its own: the 1-3-72 lists, goodwill,
 * the comeback link, closure, a corrective action, the contact time line and the due lists. Runs
 * where {@code WORKBENCH_TEST_POSTGRES_URL} is set (CI sets it).
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class ComplaintsPostgresqlTest {

    private final MutableClock clock = MutableClock.shanghai("2026-12-07T01:00:00Z");
    private PostgresTestSchema schema;
    private ComplaintFixture x;

    @BeforeEach
    void createSchema() throws SQLException {
        schema = new PostgresTestSchema();
        AppServices services = schema.open(clock);
        services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
        x = new ComplaintFixture(clock, new RepairFixture(services));
    }

    @AfterEach
    void dropSchema() throws SQLException {
        x.close();
        schema.close();
    }

    @Test
    void aComplaintFromReceiptToCorrectiveActionRunsOnPostgresql() {
        ComplaintService complaints = x.complaints;
        Complaint c = x.record(ComplaintCategory.REPAIR_QUALITY);
        Complaint raised = complaints.raise(x.f.orderId(), x.callbackForTheOrder(), "回访：客户不满意", ComplaintChannel.CALLBACK);
        assertThat(raised.number()).isEqualTo("TS20261207-0002");
        assertThat(complaints.raisedFrom(raised.callbackId())).map(Complaint::id).contains(raised.id());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complaints.raise(x.f.orderId(), raised.callbackId(),
                "再登记一次", ComplaintChannel.CALLBACK)).hasMessageContaining("care.complaint.alreadyRaised");
        long firstId = c.id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> x.services.transactions().useTransaction(h -> h
                .createUpdate("UPDATE complaint SET callback_id = :cb WHERE id = :id").bind("cb", raised.callbackId())
                .bind("id", firstId).execute())).hasMessageContaining("complaint_one_per_callback");
        clock.advance(Duration.ofMinutes(90));
        assertThat(complaints.list(ComplaintFilter.OVERDUE)).hasSize(2);
        c = complaints.acknowledge(c.id(), c.version(), "");
        c = complaints.investigate(c.id(), c.version(), "路试复现异响", "刹车片未按规定打磨", "机电二组");
        c = complaints.agreeSolution(c.id(), c.version(), "免费更换刹车片并赠送保养");
        c = complaints.giveGoodwill(c.id(), c.version(), CouponKind.PERCENT, "100", "2027-06-30", "下次保养工时全免");
        c = complaints.requestComeback(c.id(), c.version());
        assertThat(complaints.list(ComplaintFilter.OVERDUE)).extracting(r -> r.complaint().id()).containsExactly(raised.id());

        x.as("lina");
        long comeback = x.f.receive().repairOrder().id();
        x.as("zhoujie");
        assertThat(x.services.discountPolicy().couponsForOrder(comeback)).extracting(Coupon::code)
                .containsExactly(c.goodwillCoupon());
        x.as("care");
        c = complaints.complaint(c.id());
        assertThat(c.comebackOrderId()).isEqualTo(comeback);
        c = complaints.confirm(c.id(), c.version(), true, "满意");
        x.as("zhoujie");
        c = complaints.close(c.id(), c.version());
        x.as("care");
        assertThat(complaints.list(ComplaintFilter.CLOSED)).hasSize(1);
        assertThat(complaints.list(ComplaintFilter.MINE)).hasSize(1);
        CorrectiveAction action = x.services.correctiveActions().add(c.id(), "刹车作业后必须路试", "王刚", "2026-12-31");
        x.services.correctiveActions().markDone(action.id(), action.version(), "王刚", LocalDate.now(x.clock).toString(), "已路试");
        assertThat(x.services.correctiveActions().all()).singleElement().matches(CorrectiveAction::done);
        c = complaints.reopen(c.id(), c.version(), "问题复发");
        assertThat(c.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);

        clock.advance(Duration.ofMinutes(10));
        x.services.dueReminders().recordCall(x.f.vehicle.id(), DueReminderKind.INSURANCE, LocalDate.of(2027, 3, 14),
                DueReminderOutcome.BOOKED, "约好续保");
        assertThat(x.services.dueReminders().due(DueReminderKind.INSURANCE, 16)).singleElement()
                .extracting(DueReminderCar::lastOutcome).isEqualTo(DueReminderOutcome.BOOKED);
        assertThat(x.services.dueReminders().due(DueReminderKind.INSPECTION, 26)).isEmpty();
        assertThat(x.services.contactHistory().of(ContactScope.customer(x.f.customer.id())))
                .extracting(ContactEntry::kindKey).containsExactly("enum.ContactKind.INSURANCE_CALL",
                        "enum.ContactKind.CONFIRMED_SATISFIED", "enum.ContactKind.COMPLAINT", "enum.ContactKind.COMPLAINT");
        assertThat(complaints.steps(c.id())).hasSize(10);
    }
}
