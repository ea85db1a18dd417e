package com.fours.workbench.cashier;

import static com.fours.workbench.repair.RepairFixture.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.testing.MutableClock;

/**
 * The cash-up against a real database, on a day with cash (change and a refund), a card (and a
 * refund), WeChat Pay, a warranty claim on account, a manual discount and a voided bill.
 */
class CashUpServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final SettlementInput WARRANTY = new SettlementInput(false, "", "", "", "广汽丰田", "W-2026-0815", "",
            "", "");

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private CashierFixture f;
    private CashUpService cashUp;

    @BeforeEach
    void setUp() {
        f = new CashierFixture(clock);
        cashUp = f.services.cashUp();
    }

    @AfterEach
    void tearDown() {
        f.services.close();
    }

    private List<BillDetails> settle(SettlementInput input, LineInput... lines) {
        long order = f.anotherReadyOrder(List.of(lines));
        return f.services.cashier().settle(order, f.version(order), input, null);
    }

    private static BillDetails payer(List<BillDetails> bills, Payer payer) {
        return bills.stream().filter(b -> b.bill().payer() == payer).findFirst().orElseThrow();
    }

    /**
     * Oil change 0.5 h × 380.00 + filter 45.00 − 20.00 manual discount = 215.00: WeChat 100.00, cash
     * 200.00 handed over (115.00 kept, 85.00 change), then 15.00 cash refunded. Brake pads 1.5 h ×
     * 420.00 = 630.00 by card, 30.00 of it refunded; alignment 1.2 h × 420.00 = 504.00 under warranty,
     * on account. A second alignment of 504.00 issued and voided.
     */
    private void aBusyDay() {
        BillDetails oil = settle(SettlementInput.plain().withManualDiscount("20.00", "老客户保养"),
                LineInput.labour(f.repair.oilChange.id(), q("0.5"), Payer.CUSTOMER),
                LineInput.part(f.repair.filter.id(), q("1"), Payer.CUSTOMER)).get(0);
        assertThat(oil.bill().total()).isEqualTo(Money.of("215.00"));
        PaymentService payments = f.services.payments();
        payments.pay(oil.id(), PaymentInput.today(PaymentMethod.WECHAT_PAY, "100.00"));
        payments.pay(oil.id(), PaymentInput.today(PaymentMethod.CASH, "200.00"));
        payments.refund(oil.id(), PaymentMethod.CASH, "15.00", "机油少加半升，退差价", "");

        List<BillDetails> brakes = settle(WARRANTY, LineInput.labour(f.repair.brakePads.id(), q("1.5"), Payer.CUSTOMER),
                LineInput.labour(f.repair.alignment.id(), q("1.2"), Payer.WARRANTY));
        payments.pay(payer(brakes, Payer.CUSTOMER).id(), PaymentInput.today(PaymentMethod.BANK_CARD, "630.00"));
        payments.pay(payer(brakes, Payer.WARRANTY).id(), PaymentInput.today(PaymentMethod.ON_ACCOUNT, "504.00"));
        payments.refund(payer(brakes, Payer.CUSTOMER).id(), PaymentMethod.BANK_CARD, "30.00", "工时优惠补退", "");

        BillDetails wrong = settle(SettlementInput.plain(),
                LineInput.labour(f.repair.alignment.id(), q("1.2"), Payer.CUSTOMER)).get(0);
        f.as("zhoujie");
        f.services.cashier().voidBill(wrong.id(), "开错车辆", null);
        f.as("chenjing");
    }

    @Test
    void theFiguresAddUpByMethodByPayerWithRefundsVoidsDiscountsAndTheExpectedCash() {
        aBusyDay();

        CashUpFigures figures = cashUp.figures(DAY);

        assertThat(figures.methods()).extracting(m -> m.method(), m -> m.payments(), m -> m.received().toPlainString(),
                        m -> m.refunds(), m -> m.refunded().toPlainString(), m -> m.net().toPlainString())
                .containsExactly(
                        tuple(PaymentMethod.CASH, 1, "115.00", 1, "15.00", "100.00"),
                        tuple(PaymentMethod.BANK_CARD, 1, "630.00", 1, "30.00", "600.00"),
                        tuple(PaymentMethod.WECHAT_PAY, 1, "100.00", 0, "0.00", "100.00"),
                        tuple(PaymentMethod.ALIPAY, 0, "0.00", 0, "0.00", "0.00"),
                        tuple(PaymentMethod.BANK_TRANSFER, 0, "0.00", 0, "0.00", "0.00"),
                        tuple(PaymentMethod.ON_ACCOUNT, 1, "504.00", 0, "0.00", "504.00"));
        assertThat(figures.payments()).isEqualTo(new CashUpFigures.Tally(4, Money.of("1349.00")));
        assertThat(figures.refunds()).isEqualTo(new CashUpFigures.Tally(2, Money.of("45.00")));
        assertThat(figures.paymentsNet()).isEqualTo(Money.of("1304.00"));
        assertThat(figures.payers()).extracting(p -> p.payer(), p -> p.bills(), p -> p.billed().toPlainString(),
                        p -> p.paid().toPlainString())
                .containsExactly(tuple(Payer.CUSTOMER, 3, "1349.00", "800.00"), tuple(Payer.WARRANTY, 1, "504.00", "504.00"),
                        tuple(Payer.INSURANCE, 0, "0.00", "0.00"));
        assertThat(figures.voids()).isEqualTo(new CashUpFigures.Tally(1, Money.of("504.00")));
        assertThat(figures.voidLines()).extracting(CashUpFigures.VoidLine::reason).containsExactly("开错车辆");
        assertThat(figures.discounts()).isEqualTo(new CashUpFigures.Tally(1, Money.of("20.00")));
        assertThat(figures.cashTaken()).isEqualTo(Money.of("200.00"));
        assertThat(figures.changeGiven()).isEqualTo(Money.of("85.00"));
        assertThat(figures.cashRefunded()).isEqualTo(Money.of("15.00"));
        assertThat(figures.expectedCash(Money.of("300.00"))).as("300 float + 200 handed over - 85 change - 15 refunded")
                .isEqualTo(Money.of("400.00"));
        assertThat(figures.isClosed()).isFalse();
        assertThat(cashUp.figures(DAY.minusDays(1)).payments()).isEqualTo(CashUpFigures.Tally.NONE);
    }

    @Test
    void aDifferenceNeedsAReasonAndClosingKeepsTheCountAfterWhichNoPaymentGoesIntoThatDay() {
        aBusyDay();

        InvalidFieldsException noReason = catchThrowableOfType(InvalidFieldsException.class,
                () -> cashUp.close(DAY, new CashDayCount("300.00", "398.50", " ")));
        assertThat(noReason.byField()).containsOnlyKeys(CashDayCount.REASON);
        assertThat(Messages.forLocale(Messages.CHINESE).of(noReason.byField().get(CashDayCount.REASON)))
                .isEqualTo("实点现金与应有现金相差 -1.50，请填写原因。");
        assertThat(f.services.payments().dayClosed(DAY)).as("nothing half-written").isFalse();

        clock.advance(Duration.ofHours(8));
        CashDayClosed closed = cashUp.close(DAY, new CashDayCount("300.00", "398.50", "找零时少收一元五角"));

        assertThat(closed.closedBy()).isEqualTo("chenjing 测试");
        assertThat(closed.closedAt()).isEqualTo(LocalDateTime.of(2026, 11, 27, 18, 0));
        assertThat(closed.expectedCash()).isEqualTo(Money.of("400.00"));
        assertThat(closed.countedCash()).isEqualTo(Money.of("398.50"));
        assertThat(closed.difference()).isEqualTo(Money.of("-1.50"));
        assertThat(closed.differenceReason()).isEqualTo("找零时少收一元五角");
        assertThat(cashUp.figures(DAY).closed()).isEqualTo(closed);
        String audited = f.services.transactions().read(h -> h.createQuery(
                "SELECT action || ' ' || after_value FROM audit_log ORDER BY id DESC LIMIT 1").mapTo(String.class).one());
        assertThat(audited).isEqualTo("CASH_DAY_CLOSED float=300.00, expected=400.00, counted=398.50, difference=-1.50, "
                + "reason=找零时少收一元五角, payments=1304.00");

        // the cashier's payment code now refuses the day, today's and a backdated payment alike
        BillDetails late = settle(SettlementInput.plain(), LineInput.labour(f.repair.oilChange.id(), q("0.5"), Payer.CUSTOMER))
                .get(0);
        InvalidFieldsException refused = catchThrowableOfType(InvalidFieldsException.class,
                () -> f.services.payments().pay(late.id(), PaymentInput.today(PaymentMethod.CASH, "190.00")));
        assertThat(refused.byField().get(PaymentInput.BUSINESS_DAY).messageKey()).isEqualTo("cashier.dayClosed");
        clock.advance(Duration.ofHours(8));
        InvalidFieldsException backdated = catchThrowableOfType(InvalidFieldsException.class,
                () -> f.services.payments().pay(late.id(), new PaymentInput(PaymentMethod.CASH, "190.00", "", "2026-11-27")));
        assertThat(backdated.byField().get(PaymentInput.BUSINESS_DAY).messageKey()).isEqualTo("cashier.dayClosed");
        assertThat(f.services.cashier().bill(late.id()).payments()).as("nothing half-posted").isEmpty();
        assertThat(cashUp.figures(DAY).paymentsNet()).isEqualTo(Money.of("1304.00"));

        BillDetails paidNextDay = f.services.payments().pay(late.id(), PaymentInput.today(PaymentMethod.CASH, "200.00"));
        assertThat(paidNextDay.payments()).extracting(Payment::businessDay).containsExactly(DAY.plusDays(1));
    }

    @Test
    void closingWaitsForAPaymentInFlightThenAPaymentAfterItIsRefused() throws Exception {
        BillDetails bill = settle(SettlementInput.plain(),
                LineInput.labour(f.repair.oilChange.id(), q("0.5"), Payer.CUSTOMER)).get(0);
        ExecutorService closer = Executors.newSingleThreadExecutor();
        try {
            @SuppressWarnings("unchecked")
            Future<CashDayClosed>[] close = new Future[1];
            // a payment's transaction holds the day (as PaymentService.pay does) while the cash-up tries to close it
            f.services.transactions().useTransaction(handle -> {
                PaymentService.requireOpenDay(handle, DAY);
                close[0] = closer.submit(() -> cashUp.close(DAY, new CashDayCount("", "0", "")));
                Thread.sleep(1500);
                assertThat(close[0].isDone()).as("the close waits for the payment in flight").isFalse();
            });
            assertThat(close[0].get(30, TimeUnit.SECONDS).businessDay()).isEqualTo(DAY);
        } finally {
            closer.shutdownNow();
        }
        InvalidFieldsException refused = catchThrowableOfType(InvalidFieldsException.class,
                () -> f.services.payments().pay(bill.id(), PaymentInput.today(PaymentMethod.CASH, "190.00")));
        assertThat(refused.byField()).containsOnlyKeys(PaymentInput.BUSINESS_DAY);
    }

    @Test
    void aDayIsClosedOnceAndNotBeforeItHasBegun() {
        f.as("chenjing");
        CashDayClosed first = cashUp.close(DAY, new CashDayCount("", "0", ""));
        assertThat(first.expectedCash()).isEqualTo(Money.ZERO);
        assertThat(first.openingFloat()).isEqualTo(Money.ZERO);

        BusinessRuleException twice = catchThrowableOfType(BusinessRuleException.class,
                () -> cashUp.close(DAY, new CashDayCount("", "0", "")));
        assertThat(Messages.forLocale(Messages.CHINESE).of(twice)).isEqualTo("2026-11-27 已由 chenjing 测试 于 10:00 日结。");
        BusinessRuleException future = catchThrowableOfType(BusinessRuleException.class,
                () -> cashUp.close(DAY.plusDays(1), new CashDayCount("", "0", "")));
        assertThat(future.messageKey()).isEqualTo("cashUp.futureDay");
        InvalidFieldsException typed = catchThrowableOfType(InvalidFieldsException.class,
                () -> cashUp.close(DAY.minusDays(1), new CashDayCount("-5", "12.345", "")));
        assertThat(typed.byField()).containsOnlyKeys(CashDayCount.OPENING_FLOAT, CashDayCount.COUNTED_CASH);
        assertThat(cashUp.closedDays(10)).extracting(CashDayClosed::businessDay).containsExactly(DAY);
    }

    @Test
    void onlyTheCashierAndTheManagerCloseTheDay() {
        f.as("lina");
        assertThat(catchThrowableOfType(AccessDeniedException.class, () -> cashUp.close(DAY, new CashDayCount("", "0", ""))))
                .isNotNull();
        f.as("zhoujie");
        assertThat(cashUp.close(DAY, new CashDayCount("", "0", "")).closedBy()).isEqualTo("zhoujie 测试");
    }
}
