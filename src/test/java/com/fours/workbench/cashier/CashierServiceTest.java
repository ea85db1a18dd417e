package com.fours.workbench.cashier;

import static com.fours.workbench.cashier.CashierFixture.fee;
import static com.fours.workbench.cashier.CashierFixture.labour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.testing.MutableClock;

class CashierServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private CashierFixture f;
    private CashierService cashier;
    private PaymentService payments;

    @BeforeEach
    void setUp() {
        f = new CashierFixture(clock);
        cashier = f.services.cashier();
        payments = f.services.payments();
    }

    @AfterEach
    void tearDown() {
        f.services.close();
    }

    private static BusinessRuleException refused(Runnable action, String key) {
        BusinessRuleException e = catchThrowableOfType(action::run, BusinessRuleException.class);
        assertThat(e).as("refused with " + key).isNotNull();
        assertThat(e.messageKey()).isEqualTo(key);
        return e;
    }

    private static BusinessRuleException refusedField(Runnable action, String field, String key) {
        InvalidFieldsException e = catchThrowableOfType(action::run, InvalidFieldsException.class);
        assertThat(e).as("refused field " + field).isNotNull();
        assertThat(e.byField()).containsKey(field);
        assertThat(e.byField().get(field).messageKey()).isEqualTo(key);
        return e.byField().get(field);
    }

    private List<BillDetails> settle(long orderId, SettlementInput input) {
        return cashier.settle(orderId, f.version(orderId), input, null);
    }

    private BillDetails customerBill(List<BillDetails> bills) {
        return bills.stream().filter(b -> b.bill().payer() == Payer.CUSTOMER).findFirst().orElseThrow();
    }

    private long tenThousandOrder() {
        return f.readyOrder(List.of(LineInput.labour(f.repair.oilChange.id(), q("0.5"), Payer.CUSTOMER),
                LineInput.part(f.repair.filter.id(), q("1"), Payer.CUSTOMER),
                LineInput.part(f.repair.oil.id(), q("4.5"), Payer.CUSTOMER)));
    }

    private static BigDecimal q(String v) {
        return new BigDecimal(v);
    }

    @Test
    void settlingIssuesOneNumberedBillWithLabourAndMaterialsApartAndTheVatSplitExactly() {
        long order = tenThousandOrder();

        List<BillDetails> bills = settle(order, SettlementInput.plain());

        BillDetails bill = bills.get(0);
        assertThat(bills).hasSize(1);
        assertThat(bill.number()).isEqualTo("JS2026-000001");
        assertThat(bill.bill().payerName()).isEqualTo("张伟");
        assertThat(bill.bill().labourAmount()).isEqualTo(Money.of("190.00"));
        assertThat(bill.bill().partsAmount()).isEqualTo(Money.of("486.00"));
        assertThat(bill.bill().total()).isEqualTo(Money.of("676.00"));
        assertThat(bill.bill().tax()).as("676.00 × 13/113, half-up").isEqualTo(Money.of("77.77"));
        assertThat(bill.bill().net()).isEqualTo(Money.of("598.23"));
        assertThat(bill.bill().net().plus(bill.bill().tax())).isEqualTo(bill.bill().total());
        assertThat(bill.lines()).extracting(BillLine::kind, BillLine::code, l -> l.total().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BillLineKind.LABOUR, "OIL-01", "190.00"),
                        org.assertj.core.groups.Tuple.tuple(BillLineKind.PART, "90915-YZZE1", "45.00"),
                        org.assertj.core.groups.Tuple.tuple(BillLineKind.PART, "08880-83718", "441.00"));
        assertThat(bill.lines().get(1).brandSpec()).isEqualTo("丰田");
        assertThat(bill.lines().get(2).brandSpec()).isEqualTo("丰田 4L");
        assertThat(bill.due()).isEqualTo(Money.of("676.00"));
        assertThat(cashier.order(order).status()).isEqualTo(RepairOrderStatus.SETTLED);
        assertThat(bill.bill().businessDay()).isEqualTo(java.time.LocalDate.of(2026, 11, 27));
    }

    @Test
    void awkwardAmountsRoundPerLineAndAManualDiscountIsSpreadSoTheLinesStillSumToTheTotal() {
        long order = f.readyOrder(List.of(fee("轮胎存放费", "3", "33.33", Payer.CUSTOMER),
                fee("洗车", "1", "10.00", Payer.CUSTOMER)));
        f.as("zhoujie");

        BillDetails bill = settle(order, SettlementInput.plain().withManualDiscount("10", "老客户"))
                .get(0);

        assertThat(bill.lines()).extracting(l -> l.amount().toPlainString(), l -> l.discount().toPlainString(),
                l -> l.total().toPlainString()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("99.99", "9.09", "90.90"),
                        org.assertj.core.groups.Tuple.tuple("10.00", "0.91", "9.09"));
        assertThat(bill.bill().discountAmount()).isEqualTo(Money.of("10.00"));
        assertThat(bill.bill().total()).isEqualTo(Money.of("99.99"));
        assertThat(bill.bill().tax()).isEqualTo(Money.of("11.50"));
        assertThat(bill.bill().net()).isEqualTo(Money.of("88.49"));
        assertThat(bill.discounts()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DiscountKind.MANUAL);
            assertThat(d.reason()).isEqualTo("老客户");
            assertThat(d.givenBy()).isEqualTo("zhoujie");
        });
    }

    @Test
    void theMemberLevelTakesItsPercentOffLabourAndPartsPerLineAndACouponIsUsedOnce() {
        f.as("lina");
        Customer before = f.repair.customer;
        f.services.customers().update(before.id(), before.version(), new CustomerInput(before.kind(), before.name(),
                "138 1234 5678", "", before.address(), "", before.preferredContact(), true, MemberLevel.GOLD, ""));
        f.as("zhoujie");
        f.services.discountPolicy().createCoupon("WELCOME20", CouponKind.VALUE, "20", "2026-11-01", "2026-12-31",
                "新客户代金券");
        long order = tenThousandOrder();
        f.as("chenjing");

        Settlement preview = cashier.preview(order, SettlementInput.plain().withMemberDiscount(true)
                .withCoupon("welcome20"));
        BillDetails bill = customerBill(settle(order, SettlementInput.plain().withMemberDiscount(true)
                .withCoupon("welcome20")));

        // gold: 10 % off labour, 5 % off parts; then 20.00 spread over what is left
        assertThat(preview.customerTotal()).isEqualTo(bill.bill().total());
        assertThat(bill.discounts()).extracting(BillDiscount::kind, d -> d.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DiscountKind.MEMBER, "43.30"),
                        org.assertj.core.groups.Tuple.tuple(DiscountKind.COUPON, "20.00"));
        assertThat(bill.bill().total()).isEqualTo(Money.of("612.70"));
        assertThat(Money.sum(bill.lines().stream().map(BillLine::total).toList())).isEqualTo(Money.of("612.70"));
        assertThat(bill.bill().net().plus(bill.bill().tax())).isEqualTo(Money.of("612.70"));

        long second = f.anotherReadyOrder(List.of(fee("检测费", "1", "50.00", Payer.CUSTOMER)));
        BusinessRuleException used = refusedField(() -> cashier.settle(second, f.version(second),
                SettlementInput.plain().withCoupon("WELCOME20"), null), SettlementInput.COUPON, "cashier.coupon.used");
        assertThat(used.arguments()).containsExactly("WELCOME20");
        assertThat(cashier.order(second).status()).isEqualTo(RepairOrderStatus.READY_FOR_SETTLEMENT);
    }

    @Test
    void warrantyAndInsuranceGetTheirOwnBillsTheExcessMovesToTheCustomerAndInternalLinesCostTheStore() {
        long order = f.readyOrder(List.of(fee("检测费", "1", "50.00", Payer.CUSTOMER),
                fee("水泵（保修）", "1", "800.00", Payer.WARRANTY),
                fee("前保险杠喷漆", "1", "1800.00", Payer.INSURANCE),
                fee("洗车", "1", "30.00", Payer.INTERNAL)));
        refusedField(() -> settle(order, SettlementInput.plain()), SettlementInput.INSURER, "field.required");

        List<BillDetails> bills = settle(order, SettlementInput.plain().withWarranty("广汽丰田", "WC-2026-0042")
                .withInsurance("中国人保", "PICC-778899", "300"));

        assertThat(bills).extracting(b -> b.bill().payer(), BillDetails::number, b -> b.bill().total().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Payer.CUSTOMER, "JS2026-000001", "350.00"),
                        org.assertj.core.groups.Tuple.tuple(Payer.WARRANTY, "JS2026-000002", "800.00"),
                        org.assertj.core.groups.Tuple.tuple(Payer.INSURANCE, "JS2026-000003", "1500.00"));
        assertThat(bills.get(0).lines()).extracting(BillLine::kind).containsExactly(BillLineKind.FEE, BillLineKind.EXCESS);
        assertThat(bills.get(1).bill().claimReference()).isEqualTo("WC-2026-0042");
        assertThat(bills.get(2).bill().payerName()).isEqualTo("中国人保");
        assertThat(bills.get(2).bill().excess()).isEqualTo(Money.of("300.00"));
        for (BillDetails b : bills) {
            assertThat(b.bill().net().plus(b.bill().tax())).isEqualTo(b.bill().total());
        }
        BigDecimal internal = f.services.transactions().read(h -> h.createQuery(
                "SELECT SUM(amount) FROM internal_cost WHERE repair_order_id = :id").bind("id", order)
                .mapTo(BigDecimal.class).one());
        assertThat(internal).isEqualByComparingTo("30.00");
    }

    @Test
    void aManualDiscountAboveTheUsersLimitNeedsAManagerAtTheDeskAndEveryDiscountIsAudited() {
        long order = f.readyOrder(List.of(fee("钣金修复", "1", "1000.00", Payer.CUSTOMER)));
        assertThat(cashier.manualDiscountLimit()).isEqualTo(Money.of("50.00"));
        SettlementInput eighty = SettlementInput.plain().withManualDiscount("80", "");
        refusedField(() -> settle(order, eighty), SettlementInput.MANUAL_REASON, "cashier.discount.reasonRequired");
        SettlementInput withReason = eighty.withManualDiscount("80", "漆面色差补偿");

        BusinessRuleException needs = refused(() -> settle(order, withReason), "cashier.discount.needsApproval");
        assertThat(needs).isInstanceOf(DiscountApprovalNeededException.class);
        assertThat(needs.arguments()).containsExactly("80.00", "50.00");
        AuthenticatedUser advisor = f.services.authentication().approve("lina", CashierFixture.PASSWORD.toCharArray(),
                Permission.USE_REPAIR_ORDERS);
        refused(() -> cashier.settle(order, f.version(order), withReason, advisor),
                "cashier.discount.approverNotAllowed");
        assertThat(cashier.bills(order)).as("nothing issued while refused").isEmpty();

        AuthenticatedUser manager = f.services.authentication().approve("zhoujie", CashierFixture.PASSWORD.toCharArray(),
                Permission.APPROVE_DISCOUNTS);
        BillDetails bill = cashier.settle(order, f.version(order), withReason, manager).get(0);

        assertThat(bill.bill().total()).isEqualTo(Money.of("920.00"));
        assertThat(bill.discounts()).singleElement().satisfies(d -> assertThat(d.approvedBy()).isEqualTo("zhoujie"));
        List<String> audited = f.services.transactions().read(h -> h.createQuery(
                "SELECT after_value FROM audit_log WHERE action = 'DISCOUNT_GIVEN'").mapTo(String.class).list());
        assertThat(audited).singleElement().asString().contains("amount=80.00", "reason=漆面色差补偿",
                "approvedBy=zhoujie");
    }

    @Test
    void aPreviewFlagsAManualDiscountAboveTheLimitAtEachRecomputeAndTheListShowsWhatWasBilled() {
        long order = f.readyOrder(List.of(fee("检测费", "1", "430.00", Payer.CUSTOMER)));
        Settlement above = cashier.preview(order, SettlementInput.plain().withManualDiscount("200", "老客户"));
        assertThat(above.needsApproval()).isTrue();
        assertThat(above.approvalLimit()).isEqualTo(Money.of("50.00"));
        assertThat(above.customerTotal()).isEqualTo(Money.of("230.00"));
        Settlement within = cashier.preview(order, SettlementInput.plain().withManualDiscount("30", "老客户"));
        assertThat(within.needsApproval()).isFalse();
        assertThat(within.customerTotal()).isEqualTo(Money.of("400.00"));
        assertThat(row(order).total()).as("before settling: the plan's total").isEqualTo(Money.of("430.00"));

        BillDetails bill = settle(order, SettlementInput.plain().withManualDiscount("30", "老客户")).get(0);
        assertThat(row(order).total()).as("what was billed").isEqualTo(Money.of("400.00"));
        AuthenticatedUser manager = f.services.authentication().approve("zhoujie", CashierFixture.PASSWORD.toCharArray(),
                Permission.VOID_INVOICES);
        cashier.voidBill(bill.id(), "开错抬头", manager);
        assertThat(row(order).total()).as("the reversal nets the bill").isEqualTo(Money.of("0.00"));
    }

    private CashierOrderRow row(long order) {
        return cashier.orders("", true, 200).stream().filter(r -> r.id() == order).findFirst().orElseThrow();
    }

    @Test
    void anOrderThatHasNotPassedQualityControlIsNotSettled() {
        long order = f.inProgressOrder(List.of(fee("检测费", "1", "50.00", Payer.CUSTOMER)));
        f.as("chenjing");
        refused(() -> cashier.preview(order, SettlementInput.plain()), "cashier.notReadyForSettlement");
        refused(() -> cashier.settle(order, f.version(order), SettlementInput.plain(), null),
                "cashier.notReadyForSettlement");
        assertThat(cashier.bills(order)).isEmpty();
        f.as("lina");
        assertThat(catchThrowableOfType(() -> cashier.preview(order, SettlementInput.plain()),
                AccessDeniedException.class)).as("an advisor is no cashier").isNotNull();
    }

    @Test
    void cardCannotTakeMoreThanDueCashGivesChangeAndSeveralPaymentsSettleOneBill() {
        long order = tenThousandOrder();
        BillDetails bill = settle(order, SettlementInput.plain()).get(0);

        refusedField(() -> payments.pay(bill.id(), PaymentInput.today(PaymentMethod.BANK_CARD, "700")),
                PaymentInput.AMOUNT, "cashier.payment.aboveDue");
        BillDetails afterWeChat = payments.pay(bill.id(), new PaymentInput(PaymentMethod.WECHAT_PAY, "500", "4200001234",
                ""));
        assertThat(afterWeChat.due()).isEqualTo(Money.of("176.00"));
        BillDetails afterCash = payments.pay(bill.id(), PaymentInput.today(PaymentMethod.CASH, "200"));

        Payment cash = afterCash.payments().get(1);
        assertThat(cash.amount()).isEqualTo(Money.of("176.00"));
        assertThat(cash.tendered()).isEqualTo(Money.of("200.00"));
        assertThat(cash.changeGiven()).isEqualTo(Money.of("24.00"));
        assertThat(afterCash.due()).isEqualTo(Money.ZERO);
        assertThat(afterCash.paidInFull()).isTrue();
        refused(() -> payments.pay(bill.id(), PaymentInput.today(PaymentMethod.CASH, "1")), "cashier.payment.nothingDue");

        BillDetails refunded = payments.refund(bill.id(), PaymentMethod.WECHAT_PAY, "100", "少换一个滤芯", "");
        assertThat(refunded.paid()).isEqualTo(Money.of("576.00"));
        assertThat(refunded.payments().get(2).amount()).isEqualTo(Money.of("-100.00"));
        refusedField(() -> payments.refund(bill.id(), PaymentMethod.WECHAT_PAY, "401", "x", ""), PaymentInput.AMOUNT,
                "cashier.refund.abovePaid");
        refusedField(() -> payments.refund(bill.id(), PaymentMethod.CASH, "10", "", ""), PaymentInput.REASON,
                "field.required");
    }

    @Test
    void aClosedDayTakesNoPaymentNorRefundAndNothingIsHalfPosted() {
        long order = tenThousandOrder();
        BillDetails bill = settle(order, SettlementInput.plain()).get(0);
        f.services.transactions().useTransaction(h -> h.execute(
                "INSERT INTO cash_day_close (business_day, closed_at, closed_by) VALUES (DATE '2026-11-26', "
                        + "TIMESTAMP '2026-11-26 20:00:00', 'chenjing')"));

        BusinessRuleException closed = refusedField(() -> payments.pay(bill.id(), new PaymentInput(PaymentMethod.CASH,
                "100", "", "2026-11-26")), PaymentInput.BUSINESS_DAY, "cashier.dayClosed");
        assertThat(closed.arguments()).containsExactly(java.time.LocalDate.of(2026, 11, 26));
        assertThat(cashier.bill(bill.id()).payments()).isEmpty();
        refusedField(() -> payments.pay(bill.id(), new PaymentInput(PaymentMethod.CASH, "100", "", "2026-11-28")),
                PaymentInput.BUSINESS_DAY, "cashier.businessDay.future");

        BillDetails backdated = payments.pay(bill.id(), new PaymentInput(PaymentMethod.ALIPAY, "100", "", "2026-11-25"));
        assertThat(backdated.payments()).singleElement().satisfies(p ->
                assertThat(p.businessDay()).isEqualTo(java.time.LocalDate.of(2026, 11, 25)));
        refusedField(() -> payments.refund(bill.id(), PaymentMethod.ALIPAY, "10", "退差价", "2026-11-26"),
                PaymentInput.BUSINESS_DAY, "cashier.dayClosed");
        assertThat(payments.dayClosed(java.time.LocalDate.of(2026, 11, 26))).isTrue();
    }

    @Test
    void voidingNeedsAReasonAndAManagerAndCreatesAReversalAndReissuingGivesANewNumber() {
        long order = tenThousandOrder();
        BillDetails bill = settle(order, SettlementInput.plain()).get(0);
        payments.pay(bill.id(), PaymentInput.today(PaymentMethod.BANK_CARD, "100"));

        refusedField(() -> cashier.voidBill(bill.id(), " ", null), "reason", "field.required");
        refused(() -> cashier.voidBill(bill.id(), "开错抬头", null), "cashier.void.notAllowed");
        AuthenticatedUser manager = f.services.authentication().approve("zhoujie", CashierFixture.PASSWORD.toCharArray(),
                Permission.VOID_INVOICES);
        refused(() -> cashier.voidBill(bill.id(), "开错抬头", manager), "cashier.void.refundFirst");
        payments.refund(bill.id(), PaymentMethod.BANK_CARD, "100", "作废前退款", "");

        BillDetails reversal = cashier.voidBill(bill.id(), "开错抬头", manager);

        assertThat(reversal.number()).isEqualTo("JS2026-000002");
        assertThat(reversal.bill().kind()).isEqualTo(BillKind.REVERSAL);
        assertThat(reversal.bill().reversesBillId()).isEqualTo(bill.id());
        assertThat(reversal.bill().total()).isEqualTo(Money.of("-676.00"));
        assertThat(reversal.bill().tax()).isEqualTo(Money.of("-77.77"));
        assertThat(reversal.lines()).extracting(l -> l.total().toPlainString())
                .containsExactly("-190.00", "-45.00", "-441.00");
        assertThat(reversal.bill().reason()).isEqualTo("开错抬头");
        assertThat(reversal.bill().approvedBy()).isEqualTo("zhoujie");
        BillDetails original = cashier.bill(bill.id());
        assertThat(original.voided()).isTrue();
        assertThat(original.reversedByNumber()).isEqualTo("JS2026-000002");
        assertThat(original.bill()).as("the issued bill itself is unchanged").isEqualTo(bill.bill());
        refused(() -> payments.pay(bill.id(), PaymentInput.today(PaymentMethod.CASH, "10")),
                "cashier.payment.billVoided");
        refused(() -> cashier.voidBill(bill.id(), "again", manager), "cashier.void.alreadyVoided");

        BillDetails again = cashier.reissue(bill.id(), SettlementInput.plain(), null);
        assertThat(again.number()).isEqualTo("JS2026-000003");
        assertThat(again.bill().total()).isEqualTo(Money.of("676.00"));
        refused(() -> cashier.reissue(bill.id(), SettlementInput.plain(), null), "cashier.reissue.alreadyIssued");
        List<String> voids = f.services.transactions().read(h -> h.createQuery(
                "SELECT before_value || ' ' || after_value FROM audit_log WHERE action = 'BILL_VOIDED'")
                .mapTo(String.class).list());
        assertThat(voids).singleElement().asString().contains("reversal=JS2026-000002", "reason=开错抬头");
    }

    @Test
    void twoCashiersTakingNumbersAtTheSameMomentGetDifferentNumbersWithoutGaps() throws Exception {
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        taken.add(f.services.transactions().inTransaction(h -> {
                            InvoiceNumber n = InvoiceNumber.next(h, 2026);
                            Thread.sleep(1);
                            return n.sequence();
                        }));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> d : done) {
                d.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> sorted = new ArrayList<>(taken);
        Collections.sort(sorted);
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= 2 * perThread; i++) {
            expected.add(i);
        }
        assertThat(sorted).as("no gap, no duplicate").isEqualTo(expected);
    }

    @Test
    void aRolledBackSettlementGivesItsNumberBack() {
        long first = f.readyOrder(List.of(fee("检测费", "1", "50.00", Payer.CUSTOMER)));
        long second = f.anotherReadyOrder(List.of(fee("检测费", "1", "60.00", Payer.CUSTOMER)));
        int stale = f.version(first) - 1;
        catchThrowableOfType(() -> cashier.settle(first, stale, SettlementInput.plain(), null),
                BusinessRuleException.class);
        assertThat(cashier.bills(first)).isEmpty();

        assertThat(settle(second, SettlementInput.plain()).get(0).number()).isEqualTo("JS2026-000001");
        assertThat(settle(first, SettlementInput.plain()).get(0).number()).isEqualTo("JS2026-000002");
    }

    @Test
    void theDeliveryGateHoldsTheCarUntilTheCustomersBillIsPaidOrOnAccount() {
        long order = f.readyOrder(List.of(fee("检测费", "1", "50.00", Payer.CUSTOMER),
                fee("水泵（保修）", "1", "800.00", Payer.WARRANTY)));
        List<BillDetails> bills = settle(order, SettlementInput.plain().withWarranty("广汽丰田", "WC-1"));
        DeliveryService deliveries = f.services.deliveries();

        GateCheck gate = deliveries.gate(order);
        assertThat(gate.open()).isFalse();
        assertThat(gate.blockers()).extracting(BusinessRuleException::messageKey).containsExactly("cashier.gate.unpaid");
        refused(() -> deliveries.deliver(order, f.version(order), 5, ""), "cashier.gate.unpaid");
        f.as("lina");
        refused(() -> f.services.repairOrderService().transition(order, f.repair.services.transactions()
                .read(h -> com.fours.workbench.repair.RepairOrderService.plan(h, order).version()),
                RepairOrderStatus.DELIVERED), "cashier.gate.unpaid");

        f.as("zhoujie");
        f.services.discountPolicy().grantAccount(f.repair.customer.id(), "5000");
        f.as("chenjing");
        payments.pay(customerBill(bills).id(), PaymentInput.today(PaymentMethod.ON_ACCOUNT, "50"));
        refusedField(() -> deliveries.deliver(order, f.version(order), 0, ""), DeliveryService.SATISFACTION,
                "cashier.satisfaction.range");

        GatePass pass = deliveries.deliver(order, f.version(order), 5, "很满意");

        assertThat(pass.number()).isEqualTo("CM" + cashier.order(order).order().number().substring(2));
        assertThat(pass.satisfaction()).isEqualTo(5);
        assertThat(pass.billNumbers()).containsExactly("JS2026-000001", "JS2026-000002");
        assertThat(cashier.order(order).status()).isEqualTo(RepairOrderStatus.DELIVERED);
    }

    @Test
    void aHeavyCategoryLeavesOnlyWithItsCompletionCertificate() {
        long order = f.readyOrder(List.of(new LineInput(com.fours.workbench.repair.LineKind.LABOUR, null, null, "二级维护",
                com.fours.workbench.repair.RepairCategory.SECOND_LEVEL_MAINTENANCE, q("2"), Money.of("300.00"),
                Payer.CUSTOMER, null)));
        BillDetails bill = settle(order, SettlementInput.plain()).get(0);
        payments.pay(bill.id(), PaymentInput.today(PaymentMethod.BANK_CARD, "600"));

        assertThat(f.services.deliveries().gate(order).blockers()).extracting(BusinessRuleException::messageKey)
                .containsExactly("cashier.gate.certificateMissing");
        refused(() -> f.services.deliveries().deliver(order, f.version(order), 5, null),
                "cashier.gate.certificateMissing");
        f.as("sunli");
        var certificate = f.services.certificates().issueCertificate(order);
        f.as("chenjing");

        GatePass pass = f.services.deliveries().deliver(order, f.version(order), 5, null);
        assertThat(pass.certificateNumber()).isEqualTo(certificate.number());
        assertThat(pass.guaranteeUntil()).as("level-2 maintenance: 30 days").isEqualTo(
                java.time.LocalDate.of(2026, 12, 27));
    }

    @Test
    void onAccountIsOnlyForCustomersWithACreditArrangementUpToTheirLimit() {
        long order = tenThousandOrder();
        BillDetails bill = settle(order, SettlementInput.plain()).get(0);
        refusedField(() -> payments.pay(bill.id(), PaymentInput.today(PaymentMethod.ON_ACCOUNT, "676")),
                PaymentInput.METHOD, "cashier.account.notAllowed");
        f.as("zhoujie");
        f.services.discountPolicy().grantAccount(f.repair.customer.id(), "600");
        f.as("chenjing");
        refusedField(() -> payments.pay(bill.id(), PaymentInput.today(PaymentMethod.ON_ACCOUNT, "676")),
                PaymentInput.AMOUNT, "cashier.account.overLimit");
        assertThat(payments.pay(bill.id(), PaymentInput.today(PaymentMethod.ON_ACCOUNT, "600")).due())
                .isEqualTo(Money.of("76.00"));
    }

    @Test
    void settledLaterTheNextDayTheBusinessDayFollowsTheClock() {
        long order = tenThousandOrder();
        clock.advance(Duration.ofDays(1));
        BillDetails bill = settle(order, SettlementInput.plain()).get(0);
        assertThat(bill.bill().businessDay()).isEqualTo(java.time.LocalDate.of(2026, 11, 28));
    }
}
