package com.fours.workbench.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.cashier.Coupon;
import com.fours.workbench.cashier.CouponKind;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.qc.QcDao;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.testing.MutableClock;

/** Complaints on a real H2 database: deadlines and overdue flags, the close rules, reopening, goodwill, comebacks. */
class ComplaintServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-12-07T01:00:00Z");
    private final ComplaintFixture x = new ComplaintFixture(clock);
    private final ComplaintService complaints = x.complaints;

    @AfterEach
    void close() {
        x.close();
    }

    @Test
    void eachDeadlineOfOneThreeSeventyTwoMakesTheComplaintOverdueUntilItsStepIsDone() {
        Complaint c = x.record(ComplaintCategory.REPAIR_QUALITY);
        assertThat(c.number()).isEqualTo("TS20261207-0001");
        assertThat(c.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(Duration.between(c.receivedAt(), c.acknowledgeBy())).isEqualTo(Duration.ofHours(1));
        assertThat(Duration.between(c.receivedAt(), c.solutionBy())).isEqualTo(Duration.ofHours(3));
        assertThat(Duration.between(c.receivedAt(), c.resolveBy())).isEqualTo(Duration.ofHours(72));
        assertThat(complaints.overdue(c)).isFalse();

        clock.advance(Duration.ofMinutes(61));
        assertThat(complaints.list(ComplaintFilter.OVERDUE)).extracting(r -> r.complaint().id()).containsExactly(c.id());
        c = complaints.acknowledge(c.id(), c.version(), "已致电客户致歉");
        assertThat(complaints.overdue(c)).isFalse();

        clock.advance(Duration.ofMinutes(120));
        assertThat(complaints.overdue(complaints.complaint(c.id()))).isTrue();
        c = complaints.agreeSolution(c.id(), c.version(), "免费重新检修刹车");
        assertThat(complaints.overdue(c)).isFalse();

        clock.advance(Duration.ofHours(70));
        assertThat(complaints.list(ComplaintFilter.MINE).get(0).overdue()).isTrue();
        c = complaints.confirm(c.id(), c.version(), true, "客户表示满意");
        assertThat(complaints.overdue(c)).isFalse();
        assertThat(c.status()).isEqualTo(ComplaintStatus.CONFIRMED);
    }

    @Test
    void theStoreSetsItsDeadlinesAndOnlyTheManagerMayChangeThem() {
        assertThatThrownBy(() -> complaints.saveDeadlines("2", "4", "48", 0))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("care.complaint.managerOnly");
        x.as("zhoujie");
        assertThatThrownBy(() -> complaints.saveDeadlines("4", "2", "48", 0)).isInstanceOf(InvalidFieldsException.class);
        ComplaintDeadlines d = complaints.saveDeadlines("2", "4", "48", 0);
        assertThat(d.acknowledgeMinutes()).isEqualTo(120);
        Complaint c = x.record(ComplaintCategory.PRICE);
        assertThat(Duration.between(c.receivedAt(), c.resolveBy())).isEqualTo(Duration.ofHours(48));
        assertThat(x.auditRows("COMPLAINT_DEADLINES_CHANGED")).isEqualTo(1);
    }

    @Test
    void onlyTheManagerClosesAndOnlyWithASolutionAndASatisfiedConfirmingCallback() {
        Complaint c = x.record(ComplaintCategory.WAITING_TIME);
        Complaint open = c;
        assertThatThrownBy(() -> complaints.confirm(open.id(), open.version(), true, ""))
                .hasMessageContaining("care.complaint.confirmWithoutSolution");
        x.as("zhoujie");
        assertThatThrownBy(() -> complaints.close(open.id(), open.version()))
                .hasMessageContaining("care.complaint.closeWithoutSolution");
        x.as("care");
        c = complaints.agreeSolution(c.id(), c.version(), "下次保养赠送洗车");
        Complaint agreed = c;
        x.as("zhoujie");
        assertThatThrownBy(() -> complaints.close(agreed.id(), agreed.version()))
                .hasMessageContaining("care.complaint.closeWithoutConfirmation");
        x.as("care");
        c = complaints.confirm(c.id(), c.version(), false, "客户仍不满意");
        assertThat(c.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
        c = complaints.agreeSolution(c.id(), c.version(), "退还半小时工时费");
        c = complaints.confirm(c.id(), c.version(), true, "满意");
        Complaint confirmed = c;
        assertThatThrownBy(() -> complaints.close(confirmed.id(), confirmed.version()))
                .hasMessageContaining("care.complaint.managerOnly");
        x.as("zhoujie");
        c = complaints.close(c.id(), c.version());
        assertThat(c.closed()).isTrue();
        assertThat(c.closedBy()).isEqualTo("zhoujie");
        assertThat(complaints.list(ComplaintFilter.CLOSED)).hasSize(1);
        assertThat(complaints.list(ComplaintFilter.OPEN)).isEmpty();
        assertThat(complaints.steps(c.id())).extracting(ComplaintStep::kind).containsExactly(ComplaintStepKind.RECEIVED,
                ComplaintStepKind.SOLUTION, ComplaintStepKind.NOT_SATISFIED, ComplaintStepKind.SOLUTION,
                ComplaintStepKind.CONFIRMED, ComplaintStepKind.CLOSED);
        assertThat(x.auditRows("COMPLAINT_CLOSED")).isEqualTo(1);
        assertThat(x.auditRows("COMPLAINT_CONFIRMED")).isEqualTo(2);
    }

    @Test
    void aClosedComplaintIsNotEditedOnlyReopenedWithAReason() {
        Complaint c = closed(x.record(ComplaintCategory.SERVICE_ATTITUDE));
        Complaint done = c;
        assertThatThrownBy(() -> complaints.agreeSolution(done.id(), done.version(), "改一下"))
                .hasMessageContaining("care.complaint.closed");
        assertThatThrownBy(() -> complaints.investigate(done.id(), done.version(), "查", "因", null))
                .hasMessageContaining("care.complaint.closed");
        assertThatThrownBy(() -> complaints.reopen(done.id(), done.version(), "  "))
                .isInstanceOf(InvalidFieldsException.class);
        assertThat(complaints.complaint(c.id()).closed()).isTrue();
        c = complaints.reopen(c.id(), c.version(), "客户再次来电，问题复发");
        assertThat(c.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
        assertThat(c.confirmedAt()).isNull();
        assertThat(c.resolveBy()).isEqualTo(clock.instant().plus(Duration.ofHours(72)));
        assertThat(complaints.steps(c.id())).last().extracting(ComplaintStep::detail).isEqualTo("客户再次来电，问题复发");
        assertThat(x.auditRows("COMPLAINT_REOPENED")).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsSaved() {
        ComplaintInput noOwner = new ComplaintInput(x.f.vehicle.id(), null, ComplaintChannel.COUNTER,
                ComplaintCategory.PARTS, ComplaintSeverity.LOW, "配件等了两周", null, null);
        assertThatThrownBy(() -> complaints.record(noOwner)).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.byField()).containsKey(ComplaintInput.OWNER));
        ComplaintInput past = new ComplaintInput(x.f.vehicle.id(), null, ComplaintChannel.COUNTER,
                ComplaintCategory.PARTS, ComplaintSeverity.LOW, "配件等了两周", x.care.id(), "2026-12-06");
        assertThatThrownBy(() -> complaints.record(past)).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.byField().get(ComplaintInput.RESOLVE_BY).messageKey()).isEqualTo("care.complaint.deadlinePast"));
        ComplaintInput noWords = new ComplaintInput(x.f.vehicle.id(), null, ComplaintChannel.COUNTER,
                ComplaintCategory.PARTS, ComplaintSeverity.LOW, " ", x.care.id(), null);
        assertThatThrownBy(() -> complaints.record(noWords)).isInstanceOf(InvalidFieldsException.class);
        x.as("lina");
        ComplaintInput good = new ComplaintInput(x.f.vehicle.id(), null, ComplaintChannel.COUNTER,
                ComplaintCategory.PARTS, ComplaintSeverity.LOW, "配件等了两周", x.care.id(), null);
        assertThatThrownBy(() -> complaints.record(good)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> complaints.raise(x.f.orderId(), null, "不满意", ComplaintChannel.CALLBACK))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(x.count()).isZero();
        x.as("care");
        // a goodwill that fails half-way (its coupon code taken) leaves neither coupon nor step
        Complaint c = complaints.record(good);
        x.as("zhoujie");
        x.services.discountPolicy().createCoupon("GW-" + c.number(), CouponKind.VALUE, "50", "2026-12-01", "2026-12-31", "占用");
        x.as("care");
        assertThatThrownBy(() -> complaints.giveGoodwill(c.id(), c.version(), CouponKind.VALUE, "200", "2027-03-31", "免工时费"))
                .hasMessageContaining("cashier.coupon.duplicate");
        assertThat(complaints.complaint(c.id()).goodwillCoupon()).isNull();
        assertThat(complaints.steps(c.id())).hasSize(1);
        // typed goodwill that cannot be a coupon: refused by field before any coupon is issued
        int coupons = x.services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM coupon").mapTo(Integer.class).one());
        for (String[] typed : new String[][] {{"abc", "2027-03-31"}, {"-5", "2027-03-31"}, {"0", "2027-03-31"},
                {"200", "2020-01-01"}, {"200", "明天"}, {"200", ""}}) {
            assertThatThrownBy(() -> complaints.giveGoodwill(c.id(), c.version(), CouponKind.VALUE, typed[0], typed[1], "免工时费"))
                    .as(String.join(" / ", typed)).isInstanceOf(InvalidFieldsException.class);
        }
        assertThatThrownBy(() -> complaints.giveGoodwill(c.id(), c.version(), CouponKind.PERCENT, "150", "2027-03-31", "全免"))
                .isInstanceOf(InvalidFieldsException.class);
        int after = x.services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM coupon").mapTo(Integer.class).one());
        assertThat(after).isEqualTo(coupons);
    }

    @Test
    void theCallbacksEntryPointRaisesAComplaintAboutTheVisitWithTheCallback() {
        long callback = x.callbackForTheOrder();
        Complaint c = complaints.raise(x.f.orderId(), callback, "回访时客户说洗车不干净", ComplaintChannel.CALLBACK);
        assertThat(c.channel()).isEqualTo(ComplaintChannel.CALLBACK);
        assertThat(c.callbackId()).isEqualTo(callback);
        assertThat(c.repairOrderId()).isEqualTo(x.f.orderId());
        assertThat(c.vehicleId()).isEqualTo(x.f.vehicle.id());
        assertThat(c.customerId()).isEqualTo(x.f.customer.id());
        assertThat(c.ownerId()).isEqualTo(x.care.id());
        assertThat(x.auditRows("COMPLAINT_RAISED")).isEqualTo(1);
    }

    @Test
    void goodwillIsACouponForTheCarThatTheCashiersDeskOffersOnThatCarsBillOnly() {
        Complaint c = x.record(ComplaintCategory.SERVICE_ATTITUDE);
        c = complaints.giveGoodwill(c.id(), c.version(), CouponKind.VALUE, "200", "2027-03-31", "下次保养免工时费");
        assertThat(c.goodwillCoupon()).isEqualTo("GW-" + c.number());
        Complaint given = c;
        assertThatThrownBy(() -> complaints.giveGoodwill(given.id(), given.version(), CouponKind.VALUE, "50", "2027-03-31", "再送"))
                .hasMessageContaining("care.goodwill.already");

        x.as("lina");
        long nextVisit = x.f.receive().repairOrder().id();
        long otherCar = x.f.receiveAnotherCar().repairOrder().id();
        x.as("zhoujie");
        List<Coupon> offered = x.services.discountPolicy().couponsForOrder(nextVisit);
        assertThat(offered).extracting(Coupon::code).containsExactly(c.goodwillCoupon());
        assertThat(offered.get(0).amount().amount()).isEqualByComparingTo("200");
        assertThat(offered.get(0).validUntil()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(x.services.discountPolicy().couponsForOrder(otherCar)).isEmpty();
        assertThat(x.services.discountPolicy().coupons()).extracting(Coupon::code).contains(c.goodwillCoupon());
    }

    @Test
    void aRepairQualityComplaintLinksTheCarsNextOrderAsAComebackOfTheVisit() {
        Complaint price = x.record(ComplaintCategory.PRICE);
        assertThatThrownBy(() -> complaints.requestComeback(price.id(), price.version()))
                .hasMessageContaining("care.comeback.onlyRepairQuality");
        Complaint c = x.record(ComplaintCategory.REPAIR_QUALITY);
        c = complaints.requestComeback(c.id(), c.version());
        assertThat(c.comebackRequested()).isTrue();
        assertThat(c.comebackOrderId()).isNull();

        x.as("lina");
        long otherCar = x.f.receiveAnotherCar().repairOrder().id();
        long comeback = x.f.receive().repairOrder().id();
        x.as("care");
        c = complaints.complaint(c.id());
        assertThat(c.comebackOrderId()).isEqualTo(comeback);
        assertThat(c.comebackOrderNumber()).isNotBlank();
        java.util.Optional<Long> linked = x.services.transactions().read(h -> h.attach(QcDao.class).earlierOrderOf(comeback));
        assertThat(linked).contains(x.f.orderId());
        java.util.Optional<Long> notLinked = x.services.transactions().read(h -> h.attach(QcDao.class).earlierOrderOf(otherCar));
        assertThat(notLinked).isEmpty();
        assertThat(complaints.steps(c.id())).extracting(ComplaintStep::kind).contains(ComplaintStepKind.COMEBACK);
        assertThat(x.auditRows("COMPLAINT_COMEBACK_LINKED")).isEqualTo(1);
        // a later order is a visit of its own
        x.as("lina");
        long later = x.f.receive().repairOrder().id();
        x.as("care");
        assertThat(complaints.complaint(c.id()).comebackOrderId()).isEqualTo(comeback).isNotEqualTo(later);
    }

    @Test
    void correctiveActionsBelongToClosedComplaintsAndAreListedUndoneFirst() {
        CorrectiveActions actions = x.services.correctiveActions();
        Complaint open = x.record(ComplaintCategory.REPAIR_QUALITY);
        assertThatThrownBy(() -> actions.add(open.id(), "刹车检修加路试", "王刚", "2026-12-31"))
                .hasMessageContaining("care.action.onlyClosed");
        Complaint c = closed(x.record(ComplaintCategory.REPAIR_QUALITY));
        assertThatThrownBy(() -> actions.add(c.id(), "刹车检修加路试", "王刚", "2026-12-01"))
                .isInstanceOf(InvalidFieldsException.class);
        CorrectiveAction first = actions.add(c.id(), "刹车检修后必须路试", "王刚", "2026-12-31");
        CorrectiveAction second = actions.add(c.id(), "班组培训：制动系统异响排查", "周杰", "2026-12-20");
        assertThat(actions.all()).extracting(CorrectiveAction::id).containsExactly(second.id(), first.id());
        actions.markDone(second.id(), second.version(), "周杰", "2026-12-07", "全组培训已完成，签到表存档");
        assertThat(actions.all()).extracting(CorrectiveAction::id).containsExactly(first.id(), second.id());
        assertThat(actions.of(c.id()).get(0).done()).isTrue();
        assertThat(x.auditRows("CORRECTIVE_ACTION_ADDED")).isEqualTo(2);
    }

    @Test
    void aCallbackRaisesOneComplaintAndTheSecondIsRefusedByTheServiceAndTheDatabase() {
        long callback = x.callbackForTheOrder();
        Complaint first = complaints.raise(x.f.orderId(), callback, "交车晚了两个小时", ComplaintChannel.CALLBACK);
        assertThat(complaints.raisedFrom(callback)).map(Complaint::number).contains(first.number());
        BusinessRuleException refused = catchThrowableOfType(() -> complaints.raise(x.f.orderId(), callback,
                "再登记一次", ComplaintChannel.CALLBACK), BusinessRuleException.class);
        assertThat(refused.messageKey()).isEqualTo("care.complaint.alreadyRaised");
        assertThat(refused.arguments()).containsExactly(first.number());
        assertThat(x.count()).isEqualTo(1);
        assertThat(x.auditRows("COMPLAINT_RAISED")).isEqualTo(1);
        // the rule holds below the service too (V25), for a second workstation that raced the first
        Complaint other = x.record(ComplaintCategory.PRICE);
        assertThatThrownBy(() -> x.services.transactions().useTransaction(h -> h.createUpdate(
                "UPDATE complaint SET callback_id = :cb WHERE id = :id").bind("cb", callback).bind("id", other.id())
                .execute())).satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("complaint_one_per_callback"));
        assertThat(complaints.raisedFrom(callback + 1000)).isEmpty();
    }

    @Test
    void onlyTheManagerChangesTheOwnerAndOnlyToAnActiveCareUser() {
        Complaint c = x.record(ComplaintCategory.PRICE);
        long advisor = x.services.transactions().read(h -> h.createQuery(
                "SELECT id FROM app_user WHERE username = 'lina'").mapTo(Long.class).one());
        List<Long> owners = complaints.owners().stream().map(ComplaintOwner::id).toList();
        assertThat(owners).contains(x.care.id()).doesNotContain(advisor);
        assertThatThrownBy(() -> complaints.changeOwner(c.id(), c.version(), x.care.id()))
                .hasMessageContaining("care.complaint.managerOnly");
        x.as("zhoujie");
        InvalidFieldsException none = catchThrowableOfType(() -> complaints.changeOwner(c.id(), c.version(), null),
                InvalidFieldsException.class);
        assertThat(none.byField()).containsKey(ComplaintInput.OWNER);
        assertThatThrownBy(() -> complaints.changeOwner(c.id(), c.version(), 999_999L))
                .isInstanceOf(InvalidFieldsException.class);
        long manager = complaints.owners().stream().filter(o -> o.id() != x.care.id()).findFirst().orElseThrow().id();
        Complaint moved = complaints.changeOwner(c.id(), c.version(), manager);
        assertThat(moved.ownerId()).isEqualTo(manager);
        assertThat(complaints.steps(c.id())).extracting(ComplaintStep::kind).contains(ComplaintStepKind.OWNER_CHANGED);
        assertThat(x.auditRows("COMPLAINT_OWNER_CHANGED")).isEqualTo(1);
        assertThatThrownBy(() -> complaints.changeOwner(c.id(), c.version(), x.care.id()))
                .isInstanceOf(com.fours.workbench.security.ConcurrentChangeException.class);
    }

    @Test
    void aComplaintAtTheCounterNamesTheCarsVisitByItsOrderNumber() {
        List<ComplaintVisit> visits = complaints.visits(x.f.vehicle.id());
        assertThat(visits).extracting(ComplaintVisit::id).containsExactly(x.f.orderId());
        Complaint c = complaints.record(new ComplaintInput(x.f.vehicle.id(), visits.get(0).id(),
                ComplaintChannel.AUTHORITY_12315, ComplaintCategory.PARTS, ComplaintSeverity.HIGH, "12315 转来：配件不是原厂件",
                x.care.id(), null));
        assertThat(c.repairOrderNumber()).isEqualTo(visits.get(0).number());
        assertThat(c.channel()).isEqualTo(ComplaintChannel.AUTHORITY_12315);
    }

    @Test
    void aCorrectiveActionIsMarkedDoneWithWhoWhenAndWhatOnceAndTheListsSplitOpenOverdueAndDone() {
        CorrectiveActions actions = x.services.correctiveActions();
        Complaint c = closed(x.record(ComplaintCategory.REPAIR_QUALITY));
        CorrectiveAction soon = actions.add(c.id(), "刹车检修后必须路试", "王刚", "2026-12-08");
        CorrectiveAction later = actions.add(c.id(), "班组培训：制动系统异响排查", "周杰", "2026-12-31");
        for (String[] typed : new String[][] {{"", "2026-12-07", "已完成"}, {"王刚", "", "已完成"},
                {"王刚", "2026-12-08", "已完成"}, {"王刚", "2026-12-06", "已完成"}, {"王刚", "昨天", "已完成"},
                {"王刚", "2026-12-07", " "}}) {
            assertThatThrownBy(() -> actions.markDone(soon.id(), soon.version(), typed[0], typed[1], typed[2]))
                    .as(String.join(" / ", typed)).isInstanceOf(InvalidFieldsException.class);
        }
        clock.advance(Duration.ofDays(2));
        assertThat(actions.list(CorrectiveActionFilter.OVERDUE)).extracting(CorrectiveAction::id).containsExactly(soon.id());
        assertThat(actions.list(CorrectiveActionFilter.OPEN)).extracting(CorrectiveAction::id)
                .containsExactly(soon.id(), later.id());
        CorrectiveAction done = actions.markDone(soon.id(), soon.version(), "王刚", "2026-12-08", "路试制度已写入作业指导书");
        assertThat(done.doneWho()).isEqualTo("王刚");
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(done.doneNote()).isEqualTo("路试制度已写入作业指导书");
        assertThat(done.doneBy()).isEqualTo("care");
        assertThat(actions.list(CorrectiveActionFilter.OVERDUE)).isEmpty();
        assertThat(actions.list(CorrectiveActionFilter.DONE)).extracting(CorrectiveAction::id).containsExactly(soon.id());
        assertThatThrownBy(() -> actions.markDone(done.id(), done.version(), "王刚", "2026-12-08", "再来一次"))
                .hasMessageContaining("care.action.alreadyDone");
        assertThat(x.auditRows("CORRECTIVE_ACTION_DONE")).isEqualTo(1);
    }

    private Complaint closed(Complaint c) {
        x.as("care");
        c = complaints.agreeSolution(c.id(), c.version(), "免费返修");
        c = complaints.confirm(c.id(), c.version(), true, "满意");
        x.as("zhoujie");
        c = complaints.close(c.id(), c.version());
        x.as("care");
        return c;
    }
}
