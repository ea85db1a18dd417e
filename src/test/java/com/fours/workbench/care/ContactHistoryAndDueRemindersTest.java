package com.fours.workbench.care;

import static com.fours.workbench.repair.RepairFixture.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.repair.ApprovalInput;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairOrderService;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.testing.MutableClock;

/** The contact time line over its sources, and the insurance and annual-inspection due lists, on a real H2 database. */
class ContactHistoryAndDueRemindersTest {

    private final MutableClock clock = MutableClock.shanghai("2026-12-07T01:00:00Z");
    private ComplaintFixture x;

    @AfterEach
    void close() {
        if (x != null) {
            x.close();
        }
    }

    @ParameterizedTest(name = "registered {0}, from {1}: due {2}")
    @CsvSource({
            "2022-03-15, 2026-12-07, 2028-03-15",   // year 6, on site
            "2022-03-15, 2024-03-15, 2024-03-15",   // year 2, the sticker
            "2016-01-10, 2026-12-07, 2027-01-10",   // year 11: every year
            "2010-06-01, 2026-11-07, 2026-12-01",   // year 16.5: every six months
            "2010-06-01, 2026-12-02, 2027-06-01",
            "2026-05-01, 2026-12-07, 2028-05-01"})
    void annualInspectionFollowsTheAgeOfTheCar(LocalDate registered, LocalDate from, LocalDate due) {
        assertThat(AnnualInspection.nextDue(registered, from)).isEqualTo(due);
    }

    @Test
    void theTimeLineShowsComplaintsConfirmationsDueCallsAndPhoneApprovalsNewestFirst() {
        x = new ComplaintFixture(clock);
        Complaint c = x.record(ComplaintCategory.SERVICE_ATTITUDE);
        clock.advance(Duration.ofMinutes(30));
        c = x.complaints.agreeSolution(c.id(), c.version(), "店长致歉并赠送保养");
        clock.advance(Duration.ofMinutes(30));
        x.complaints.confirm(c.id(), c.version(), true, "客户满意");
        clock.advance(Duration.ofMinutes(30));
        x.services.dueReminders().recordCall(x.f.vehicle.id(), DueReminderKind.INSURANCE, LocalDate.of(2027, 3, 14),
                DueReminderOutcome.REMINDED, "客户说续保再联系");
        clock.advance(Duration.ofMinutes(30));
        x.as("lina");
        RepairOrderService repair = x.services.repairOrderService();
        long order = x.f.orderId();
        var plan = repair.addLine(order, repair.plan(order).version(),
                LineInput.labour(x.f.oilChange.id(), q("0.5"), Payer.CUSTOMER), false);
        repair.approve(order, plan.version(), ApprovalInput.phone("张伟", "lina", clock.instant(), "同意更换机油"));
        List<ContactEntry> line = x.services.contactHistory().of(ContactScope.vehicle(x.f.vehicle.id()));
        assertThat(line).extracting(ContactEntry::kindKey).containsExactly("enum.ContactKind.PHONE_APPROVAL",
                "enum.ContactKind.INSURANCE_CALL", "enum.ContactKind.CONFIRMED_SATISFIED", "enum.ContactKind.COMPLAINT");
        assertThat(line.get(1).detailKey()).isEqualTo("enum.DueReminderOutcome.REMINDED");
        assertThat(line.get(3).detailKey()).isEqualTo("enum.ComplaintCategory.SERVICE_ATTITUDE");
        assertThat(line.get(3).text()).contains(c.number()).contains("修了两次");
        assertThat(line.get(3).byName()).isEqualTo("care 测试");
        assertThat(x.services.contactHistory().of(ContactScope.customer(x.f.customer.id()))).hasSize(4);

        // one more source, as the callbacks half adds its own
        x.services.contactHistory().addSource((handle, scope) -> List.of(new ContactEntry(clock.instant().plusSeconds(1),
                "enum.ContactKind.COMPLAINT", null, "extra", x.f.vehicle.id(), "粤A12345", "x")));
        assertThat(x.services.contactHistory().of(ContactScope.vehicle(x.f.vehicle.id()))).hasSize(5)
                .first().extracting(ContactEntry::text).isEqualTo("extra");
    }

    @Test
    void theDueListsShowCarsDueWithTheLastCallAndLeaveOutCustomersWithoutConsent() {
        x = new ComplaintFixture(clock);
        DueReminders due = x.services.dueReminders();
        // the fixture's Camry: insurance until 2027-03-14, registered 2022-03-15 (on-site inspection 2028-03-15)
        assertThat(due.due(DueReminderKind.INSURANCE, 12)).isEmpty();
        List<DueReminderCar> insurance = due.due(DueReminderKind.INSURANCE, 16);
        assertThat(insurance).extracting(DueReminderCar::dueOn).containsExactly(LocalDate.of(2027, 3, 14));
        assertThat(insurance.get(0).lastOutcome()).isNull();
        assertThat(due.due(DueReminderKind.INSPECTION, 26)).isEmpty();

        due.recordCall(x.f.vehicle.id(), DueReminderKind.INSURANCE, LocalDate.of(2027, 3, 14), DueReminderOutcome.NOT_REACHED, "");
        clock.advance(Duration.ofHours(2));
        due.recordCall(x.f.vehicle.id(), DueReminderKind.INSURANCE, LocalDate.of(2027, 3, 14), DueReminderOutcome.BOOKED,
                "约了下周来续保");
        assertThat(due.due(DueReminderKind.INSURANCE, 16).get(0).lastOutcome()).isEqualTo(DueReminderOutcome.BOOKED);
        assertThat(x.auditRows("DUE_REMINDER_CALLED")).isEqualTo(2);
        assertThatThrownBy(() -> due.recordCall(x.f.vehicle.id(), DueReminderKind.INSURANCE, LocalDate.of(2027, 3, 14),
                null, "")).isInstanceOf(InvalidFieldsException.class);

        x.services.transactions().useTransaction(h -> h.createUpdate(
                "UPDATE vehicle SET first_registration = DATE '2014-12-20' WHERE id = :id").bind("id", x.f.vehicle.id()).execute());
        assertThat(due.due(DueReminderKind.INSPECTION, 4)).extracting(DueReminderCar::dueOn)
                .containsExactly(LocalDate.of(2026, 12, 20));
        x.services.transactions().useTransaction(h -> h.createUpdate("UPDATE customer SET contact_consent = FALSE")
                .execute());
        assertThat(due.due(DueReminderKind.INSPECTION, 4)).isEmpty();
        assertThat(due.due(DueReminderKind.INSURANCE, 16)).isEmpty();

        x.as("lina");
        assertThatThrownBy(() -> due.due(DueReminderKind.INSURANCE, 4)).isInstanceOf(AccessDeniedException.class);
    }
}
