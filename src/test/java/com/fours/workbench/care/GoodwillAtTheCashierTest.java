package com.fours.workbench.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.BillDiscount;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.CashierService;
import com.fours.workbench.cashier.Coupon;
import com.fours.workbench.cashier.CouponKind;
import com.fours.workbench.cashier.DiscountKind;
import com.fours.workbench.cashier.SettlementInput;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.testing.MutableClock;

/**
 * Issue 17: goodwill reaches the cashier. The complaint's coupon is offered on its car's bill, is
 * refused on another car's, takes its amount off the bill once, and is used (audited) for good.
 */
class GoodwillAtTheCashierTest {

    private final MutableClock clock = MutableClock.shanghai("2026-12-07T01:00:00Z");
    private final CashierFixture cf = new CashierFixture(clock);
    private final ComplaintFixture x = new ComplaintFixture(clock, cf.repair);

    @AfterEach
    void close() {
        x.close();
    }

    @Test
    void theGoodwillCouponIsOfferedOnItsCarsBillRefusedOnAnotherCarsAndUsedOnce() {
        Complaint c = x.record(ComplaintCategory.WAITING_TIME);
        c = x.complaints.giveGoodwill(c.id(), c.version(), CouponKind.VALUE, "100", "2027-03-31", "致歉代金券");
        String code = c.goodwillCoupon();

        long otherCar = cf.anotherReadyOrder(List.of(CashierFixture.fee("检测费", "1", "300.00", Payer.CUSTOMER)));
        long ownCar = cf.readyOrder(List.of(CashierFixture.fee("检测费", "1", "300.00", Payer.CUSTOMER)));
        cf.as("chenjing");
        CashierService cashier = x.services.cashier();
        assertThat(x.services.discountPolicy().couponsForOrder(ownCar)).extracting(Coupon::code).containsExactly(code);
        assertThat(x.services.discountPolicy().couponsForOrder(otherCar)).isEmpty();

        InvalidFieldsException refused = catchThrowableOfType(() -> cashier.settle(otherCar, cf.version(otherCar),
                SettlementInput.plain().withCoupon(code), null), InvalidFieldsException.class);
        assertThat(refused.byField().get(SettlementInput.COUPON).messageKey()).isEqualTo("cashier.coupon.otherCar");
        assertThat(refused.byField().get(SettlementInput.COUPON).arguments()).contains(code, cf.repair.vehicle.plate().toString());
        assertThat(cashier.order(otherCar).status()).isEqualTo(RepairOrderStatus.READY_FOR_SETTLEMENT);

        BillDetails bill = cashier.settle(ownCar, cf.version(ownCar), SettlementInput.plain().withCoupon(code), null)
                .get(0);
        assertThat(bill.discounts()).extracting(BillDiscount::kind, BillDiscount::couponCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DiscountKind.COUPON, code));
        assertThat(bill.bill().total()).isEqualTo(Money.of("200.00"));
        assertThat(x.services.discountPolicy().couponsForOrder(ownCar)).isEmpty();
        int audited = x.services.transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'DISCOUNT_GIVEN' AND after_value LIKE :c")
                .bind("c", "%coupon=" + code + "%").mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(1);

        InvalidFieldsException again = catchThrowableOfType(() -> cashier.settle(otherCar, cf.version(otherCar),
                SettlementInput.plain().withCoupon(code), null), InvalidFieldsException.class);
        assertThat(again.byField().get(SettlementInput.COUPON).messageKey()).isEqualTo("cashier.coupon.used");
    }
}
