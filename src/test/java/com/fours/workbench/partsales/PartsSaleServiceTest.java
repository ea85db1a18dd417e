package com.fours.workbench.partsales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.BillKind;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.DiscountApprovalNeededException;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.CustomerKind;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.customers.PreferredContact;
import com.fours.workbench.parts.Bin;
import com.fours.workbench.parts.Part;
import com.fours.workbench.parts.PartCategory;
import com.fours.workbench.parts.PartInput;
import com.fours.workbench.parts.PartUnit;
import com.fours.workbench.parts.PricePolicy;
import com.fours.workbench.parts.StockLedger;
import com.fours.workbench.security.Permission;
import com.fours.workbench.testing.MutableClock;

/** A parts sale from order to payment and its return, with the refusals of issue 19, on a real H2 database. */
class PartsSaleServiceTest {

    private static final MutableClock CLOCK = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private static CashierFixture f;
    private static AppServices services;
    private static PartsSaleService sales;
    private static Bin bin;
    private static final AtomicInteger PARTS = new AtomicInteger();

    @BeforeAll
    static void store() {
        f = new CashierFixture(CLOCK);
        services = f.services;
        sales = services.partsSales();
        f.as("zhoujie");
        bin = services.parts().createBin("S-01-01", null);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    /** A part of its own for each test, priced FIXED at {@code price}, with {@code onHand} in stock. */
    private static Part part(String price, String onHand) {
        f.as("zhoujie");
        int n = PARTS.incrementAndGet();
        Part p = services.parts().create(new PartInput("PS-" + n, "火花塞" + n, "Spark plug " + n, "电装", "K20",
                PartUnit.PCS, PartCategory.OTHER, "", "0", "0", PricePolicy.FIXED, price, true));
        services.parts().assignBin(p.id(), bin.id(), true);
        if (new BigDecimal(onHand).signum() > 0) {
            services.stock().adjust(p.id(), bin.id(), new BigDecimal(onHand), "期初");
        }
        return p;
    }

    private static Customer garage(String name) {
        f.as("zhoujie");
        return services.customers().create(new CustomerInput(CustomerKind.COMPANY, name, "139 0000 " + (1000 + PARTS.incrementAndGet()),
                "", "广州市白云区机场路 8 号", "", PreferredContact.PHONE, true, MemberLevel.NONE, ""), false);
    }

    private static BigDecimal onHand(Part p) {
        return services.transactions().read(h -> StockLedger.onHand(h, p.id()));
    }

    private static List<String> audit(String action, String subject) {
        return services.transactions().read(h -> h.createQuery(
                "SELECT COALESCE(after_value, '') FROM audit_log WHERE action = :a AND subject_id = :s ORDER BY id")
                .bind("a", action).bind("s", subject).mapTo(String.class).list());
    }

    private static BusinessRuleException refused(Runnable action, String key) {
        BusinessRuleException e = catchThrowableOfType(action::run, BusinessRuleException.class);
        assertThat(e).as("refused with " + key).isNotNull();
        if (e instanceof InvalidFieldsException fields && !key.equals(e.messageKey())) {
            assertThat(fields.byField().values()).extracting(BusinessRuleException::messageKey).contains(key);
        } else {
            assertThat(e.messageKey()).isEqualTo(key);
        }
        return e;
    }

    @Test
    void aTradeOrderIsPricedReservedPickedBilledPutOnAccountAndPartlyReturned() {
        Part plug = part("80.00", "10");
        Part coil = part("333.33", "3");
        Customer garage = garage("白云快修汽修厂");
        services.discountPolicy().grantAccount(garage.id(), "5000");
        sales.setTradeDiscount(garage.id(), "15");

        f.as("zhaolei");
        PartsSale order = sales.create(garage.id(), null, List.of(SaleLineInput.of(plug.id(), "4"),
                SaleLineInput.of(coil.id(), "1")));
        assertThat(order.number()).startsWith("XD2026-");
        assertThat(order.lines()).extracting(l -> l.unitPrice().toPlainString()).containsExactly("68.00", "283.33");
        assertThat(order.lines()).extracting(l -> l.listPrice().toPlainString()).containsExactly("80.00", "333.33");
        assertThat(order.total().toPlainString()).isEqualTo("555.33");
        assertThat(onHand(plug)).isEqualByComparingTo("10");
        // reserved: another sale may take only what is left
        refused(() -> sales.create(null, null, List.of(SaleLineInput.of(plug.id(), "7"))), "partsSale.notAvailable");

        assertThat(sales.atWarehouse(200)).extracting(PartsSale::id).contains(order.id());
        PartsSale picked = sales.pick(order.id(), order.version());
        assertThat(picked.status()).isEqualTo(PartsSaleStatus.PICKED);
        assertThat(onHand(plug)).isEqualByComparingTo("6");
        assertThat(onHand(coil)).isEqualByComparingTo("2");
        refused(() -> sales.pick(order.id(), picked.version()), "partsSale.wrongStatus");

        f.as("chenjing");
        assertThat(sales.toSettle(50)).extracting(PartsSale::id).contains(order.id());
        BillDetails bill = sales.bill(order.id(), "20", "老客户", null);
        assertThat(bill.number()).matches("XS2026-\\d{6}");
        assertThat(bill.bill().total().toPlainString()).isEqualTo("535.33");
        assertThat(bill.bill().net().plus(bill.bill().tax())).isEqualTo(bill.bill().total());
        assertThat(bill.orderNumber()).isEqualTo(order.number());
        refused(() -> sales.bill(order.id(), "", "", null), "partsSale.alreadyBilled");

        BillDetails paid = services.payments().pay(bill.id(), PaymentInput.today(PaymentMethod.ON_ACCOUNT, "535.33"));
        assertThat(paid.paidInFull()).isTrue();
        refused(() -> services.payments().pay(bill.id(), PaymentInput.today(PaymentMethod.CASH, "10")),
                "cashier.payment.nothingDue");
        assertThat(openOnAccount(bill.id())).isEqualByComparingTo("535.33");
        long payer = services.transactions().read(h -> h.createQuery("SELECT payer_id FROM receivable_item WHERE bill_id = :b")
                .bind("b", bill.id()).mapTo(Long.class).one());
        assertThat(services.receivables().openItems(payer)).singleElement()
                .satisfies(i -> assertThat(i.orderNumber()).isEqualTo(order.number()));
        assertThat(sales.toSettle(50)).extracting(PartsSale::id).doesNotContain(order.id());

        PartsSale sold = sales.sale(order.id());
        long plugLine = sold.lines().get(0).id();
        refused(() -> sales.returnParts(order.id(), Map.of(plugLine, "5"), "装错"), "partsSale.return.aboveSold");
        assertThat(onHand(plug)).as("nothing half-posted").isEqualByComparingTo("6");
        BillDetails credit = sales.returnParts(order.id(), Map.of(plugLine, "1"), "多订了一个");
        assertThat(credit.bill().kind()).isEqualTo(BillKind.CREDIT);
        // 68.00 less its share of the 20.00 discount (68×4 of 555.33: 9.80 over four units, 2.45 each)
        assertThat(credit.bill().total().toPlainString()).isEqualTo("-65.55");
        assertThat(credit.due()).isEqualTo(Money.ZERO);
        assertThat(onHand(plug)).isEqualByComparingTo("7");
        assertThat(openOnAccount(bill.id())).isEqualByComparingTo("469.78");
        refused(() -> sales.returnParts(order.id(), Map.of(plugLine, "4"), "再退"), "partsSale.return.aboveSold");

        assertThat(audit("PARTS_SALE_CREATED", order.number())).singleElement().asString().contains("白云快修汽修厂",
                "trade=15.00%");
        assertThat(audit("BILL_ISSUED", bill.number())).singleElement().asString().contains("partsSale=" + order.number());
        assertThat(audit("PARTS_SALE_RETURNED", order.number())).singleElement().asString().contains("PS-");
        assertThat(audit("DISCOUNT_GIVEN", bill.number())).singleElement().asString().contains("amount=20.00");
    }

    private static BigDecimal openOnAccount(long billId) {
        return services.transactions().read(h -> h.createQuery("SELECT open_amount FROM receivable_item WHERE bill_id = :b")
                .bind("b", billId).mapTo(BigDecimal.class).one());
    }

    @Test
    void aWalkInQuickSaleIsPaidInCashAndAVoidIsAReversalInTheSameSeries() {
        Part plug = part("45.50", "5");
        f.as("zhaolei");
        PartsSale quick = sales.quickSale(null, "", List.of(SaleLineInput.of(plug.id(), "2")));
        assertThat(quick.customerName()).isEqualTo("散客");
        assertThat(quick.billed()).isTrue();
        assertThat(quick.due().toPlainString()).isEqualTo("91.00");
        assertThat(onHand(plug)).isEqualByComparingTo("3");
        assertThat(sales.atWarehouse(200)).extracting(PartsSale::id).as("billed: nothing left to pick")
                .doesNotContain(quick.id());

        f.as("chenjing");
        refused(() -> services.payments().pay(quick.billId(), PaymentInput.today(PaymentMethod.ON_ACCOUNT, "91")),
                "cashier.account.notAllowed");
        f.as("zhoujie");
        BillDetails reversal = services.cashier().voidBill(quick.billId(), "开错", null);
        assertThat(reversal.number()).startsWith("XS2026-");
        assertThat(reversal.bill().total().toPlainString()).isEqualTo("-91.00");
        PartsSale again = sales.sale(quick.id());
        assertThat(again.billed()).isFalse();
        f.as("zhaolei");
        assertThat(sales.atWarehouse(200)).extracting(PartsSale::id).as("voided: back with the warehouse until billed")
                .contains(quick.id());
        f.as("zhoujie");

        BillDetails second = sales.bill(quick.id(), "", "", null);
        assertThat(second.number()).isNotEqualTo(quick.billNumber());
        BillDetails paid = services.payments().pay(second.id(), PaymentInput.today(PaymentMethod.CASH, "100"));
        assertThat(paid.payments()).singleElement().satisfies(p -> assertThat(p.amount().toPlainString()).isEqualTo("91.00"));
        assertThat(sales.sale(quick.id()).paid()).isTrue();
    }

    @Test
    void badInputIsRefusedWithItsReasonAndLeavesNothingBehind() {
        Part plug = part("99.00", "2");
        int before = rows("parts_sale");
        f.as("zhaolei");
        refused(() -> sales.create(null, null, List.of(SaleLineInput.of(plug.id(), "3"))), "partsSale.notAvailable");
        InvalidFieldsException price = catchThrowableOfType(() -> sales.create(null, null,
                List.of(new SaleLineInput(plug.id(), "1", "99.005"))), InvalidFieldsException.class);
        assertThat(price.byField().get(SaleLineInput.priceField(0)).messageKey()).isEqualTo("money.invalid.tooManyDecimals");
        refused(() -> sales.create(null, null, List.of(new SaleLineInput(plug.id(), "1", "50"))),
                "partsSale.price.belowPolicy");
        refused(() -> sales.create(null, null, List.of(SaleLineInput.of(plug.id(), "1.5"))), "quantity.invalid.fraction");
        refused(() -> sales.create(null, null, List.of()), "partsSale.noLines");
        assertThat(rows("parts_sale")).as("no order half-written").isEqualTo(before);
        assertThat(onHand(plug)).isEqualByComparingTo("2");

        PartsSale order = sales.create(null, "李先生", List.of(new SaleLineInput(plug.id(), "2", "120")));
        assertThat(order.total().toPlainString()).isEqualTo("240.00");
        assertThat(audit("PARTS_SALE_PRICE_SET", String.valueOf(plug.id()))).singleElement().asString().contains("120.00");
        assertThat(sales.atWarehouse(200)).extracting(PartsSale::id).contains(order.id());
        PartsSale picked = sales.pick(order.id(), order.version());
        f.as("chenjing");
        refused(() -> sales.bill(order.id(), "0.001", "折扣", null), "money.invalid.tooManyDecimals");
        DiscountApprovalNeededException above = catchThrowableOfType(() -> sales.bill(order.id(), "60", "熟人", null),
                DiscountApprovalNeededException.class);
        assertThat(above).isNotNull();
        assertThat(sales.sale(order.id()).billed()).as("no bill half-issued").isFalse();
        var manager = services.authentication().approve("zhoujie", CashierFixture.PASSWORD.toCharArray(),
                Permission.APPROVE_DISCOUNTS);
        BillDetails bill = sales.bill(order.id(), "60", "熟人", manager);
        assertThat(bill.bill().total().toPlainString()).isEqualTo("180.00");
        assertThat(bill.discounts()).singleElement().satisfies(d -> assertThat(d.approvedBy()).isEqualTo("zhoujie"));
        assertThat(picked.status()).isEqualTo(PartsSaleStatus.PICKED);
    }

    private static int rows(String table) {
        return services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void twoClerksSellingTheLastUnitAtOnceOneGetsItTheOtherIsRefused() throws Exception {
        Part last = part("150.00", "1");
        f.as("zhaolei");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> done = new ArrayList<>();
        try {
            for (int t = 0; t < 2; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    try {
                        return sales.create(null, null, List.of(SaleLineInput.of(last.id(), "1"))).number();
                    } catch (BusinessRuleException refusal) {
                        return refusal.messageKey();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> d : done) {
                outcomes.add(d.get());
            }
            assertThat(outcomes).filteredOn(o -> o.startsWith("XD")).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.equals("partsSale.notAvailable")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        BigDecimal reserved = services.transactions().read(h -> h.createQuery(
                "SELECT SUM(quantity) FROM stock_reservation WHERE part_id = :p").bind("p", last.id())
                .mapTo(BigDecimal.class).one());
        assertThat(reserved).isEqualByComparingTo("1");
    }

    @Test
    void partsSaleNumbersRunInTheirOwnGaplessSeriesBesideTheInvoiceNumbers() {
        Part plug = part("10.00", "20");
        f.as("zhaolei");
        List<String> bills = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bills.add(sales.quickSale(null, null, List.of(SaleLineInput.of(plug.id(), "1"))).billNumber());
        }
        List<Integer> seq = bills.stream().map(b -> Integer.parseInt(b.substring(b.indexOf('-') + 1))).toList();
        assertThat(seq.get(1)).isEqualTo(seq.get(0) + 1);
        assertThat(seq.get(2)).isEqualTo(seq.get(1) + 1);
        // a refused quick sale gives its numbers back
        refused(() -> sales.quickSale(null, null, List.of(SaleLineInput.of(plug.id(), "100"))), "partsSale.notAvailable");
        String next = sales.quickSale(null, null, List.of(SaleLineInput.of(plug.id(), "1"))).billNumber();
        assertThat(Integer.parseInt(next.substring(next.indexOf('-') + 1))).isEqualTo(seq.get(2) + 1);
        assertThat(rows("invoice_counter")).as("the JS series untouched").isZero();
    }
}
