package com.fours.workbench.receivables;

import static com.fours.workbench.receivables.ReceivablesFixture.applied;
import static com.fours.workbench.receivables.ReceivablesFixture.m;
import static com.fours.workbench.receivables.ReceivablesFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fours.workbench.cashier.AccountCustomer;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.CreditLimitExceededException;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.openitems.Allocation;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.testing.MutableClock;

/** The receivables ledger on a real H2 database migrated by Flyway, fed through the cashier's desk. */
class ReceivablesServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static ReceivablesFixture x;
    private static ReceiptService receipts;
    private static ReceivablesFigures figures;

    @BeforeAll
    static void store() {
        x = new ReceivablesFixture(new CashierFixture(MutableClock.shanghai("2026-11-27T02:00:00Z")));
        receipts = x.services.receipts();
        figures = x.services.receivables();
    }

    @AfterAll
    static void close() {
        x.services.close();
    }

    private static String refusedField(Runnable action, String field) {
        InvalidFieldsException e = catchThrowableOfType(action::run, InvalidFieldsException.class);
        assertThat(e).as("refused at " + field).isNotNull();
        assertThat(e.byField()).containsKey(field);
        return e.byField().get(field).messageKey();
    }

    @Test
    void aTransferPaysThreeBillsFullyAndPartlyAndKeepsTheRestAsCredit() {
        long a = x.warrantyOnAccount("广汽丰田-甲", "1000.00", TODAY.minusDays(20));
        long b = x.warrantyOnAccount("广汽丰田-甲", "500.00", TODAY.minusDays(10));
        long c = x.warrantyOnAccount("广汽丰田-甲", "250.00", TODAY.minusDays(5));
        ReceivablePayer maker = x.maker("广汽丰田-甲");
        assertThat(figures.balance(maker.id())).isEqualTo(m("1750.00"));
        int recorded = x.audits("RECEIPT_RECORDED");

        Receipt receipt = receipts.record(maker.id(), transfer("2000.00", "HX20261127-001"),
                applied(x.itemOf(a).id(), "1000", x.itemOf(b).id(), "500.00", x.itemOf(c).id(), "200"));

        assertThat(receipt.number()).startsWith("SK");
        assertThat(receipt.unapplied()).as("the rest is the maker's credit, not lost").isEqualTo(m("300.00"));
        assertThat(x.itemOf(a).openAmount()).isEqualTo(Money.ZERO);
        assertThat(x.itemOf(b).openAmount()).isEqualTo(Money.ZERO);
        assertThat(x.itemOf(c).openAmount()).isEqualTo(m("50.00"));
        assertThat(figures.openItems(maker.id())).extracting(OpenItem::billId).containsExactly(c);
        assertThat(figures.balance(maker.id())).isEqualTo(m("-250.00"));
        assertThat(x.audits("RECEIPT_RECORDED")).isEqualTo(recorded + 1);

        Receipt after = receipts.apply(receipt.id(), receipt.version(), applied(x.itemOf(c).id(), "50"));
        assertThat(after.unapplied()).isEqualTo(m("250.00"));
        assertThat(x.itemOf(c).openAmount()).isEqualTo(Money.ZERO);
        assertThat(figures.balance(maker.id())).isEqualTo(m("-250.00"));

        // the screen still showing the receipt before it was applied: refused, nothing applied twice
        assertThat(catchThrowableOfType(() -> receipts.apply(receipt.id(), receipt.version(),
                applied(x.itemOf(c).id(), "1")), ConcurrentChangeException.class)).isNotNull();
        assertThat(refusedField(() -> receipts.record(maker.id(), transfer("10.00", "HX20261127-001"), List.of()),
                ReceiptInput.REFERENCE)).as("the same bank reference twice").isEqualTo("receivables.receipt.duplicate");
    }

    @Test
    void badReceiptsAreRefusedWithTheirReasonAndNothingHalfPosted() {
        long a = x.warrantyOnAccount("一汽大众-乙", "300.00", TODAY.minusDays(3));
        long b = x.warrantyOnAccount("一汽大众-乙", "200.00", TODAY.minusDays(3));
        long other = x.warrantyOnAccount("东风本田-丙", "100.00", TODAY.minusDays(3));
        ReceivablePayer maker = x.maker("一汽大众-乙");
        long itemA = x.itemOf(a).id();
        long itemB = x.itemOf(b).id();

        assertThat(refusedField(() -> receipts.record(maker.id(), transfer("1000", "R-1"),
                applied(itemA, "100", itemB, "250")), ReceiptInput.APPLIED)).isEqualTo("receivables.applied.aboveOpen");
        assertThat(refusedField(() -> receipts.record(maker.id(), transfer("100", "R-2"),
                applied(itemA, "100", itemB, "50")), ReceiptInput.APPLIED)).isEqualTo("receivables.applied.aboveReceipt");
        assertThat(refusedField(() -> receipts.record(maker.id(), transfer("100", "R-3"),
                applied(itemA, "50", itemA, "50")), ReceiptInput.APPLIED)).isEqualTo("receivables.applied.twice");
        assertThat(refusedField(() -> receipts.record(maker.id(), transfer("100", ""), List.of()),
                ReceiptInput.REFERENCE)).isEqualTo("field.required");
        assertThat(refusedField(() -> receipts.record(maker.id(), transfer("100.001", "R-4"), List.of()),
                ReceiptInput.AMOUNT)).startsWith("money.");
        assertThat(refusedField(() -> receipts.record(maker.id(), new ReceiptInput(ReceiptMethod.CHEQUE, "100", "Z1",
                TODAY.plusDays(1).toString()), List.of()), ReceiptInput.RECEIVED_ON)).isEqualTo("receivables.day.future");
        BusinessRuleException otherPayer = catchThrowableOfType(() -> receipts.record(maker.id(), transfer("100", "R-5"),
                applied(x.itemOf(other).id(), "100")), BusinessRuleException.class);
        assertThat(otherPayer.messageKey()).isEqualTo("receivables.item.otherPayer");

        assertThat(x.itemOf(a).openAmount()).as("nothing half-posted").isEqualTo(m("300.00"));
        assertThat(x.itemOf(b).openAmount()).isEqualTo(m("200.00"));
        assertThat(figures.receipts(maker.id())).isEmpty();

        Receipt cash = receipts.record(maker.id(), new ReceiptInput(ReceiptMethod.CASH, "120", "", ""), List.of());
        assertThat(refusedField(() -> receipts.apply(cash.id(), cash.version(), applied(itemA, "121")),
                ReceiptInput.APPLIED)).isEqualTo("receivables.applied.aboveCredit");
        assertThat(receipts.apply(cash.id(), cash.version(), applied(itemA, "120")).unapplied()).isEqualTo(Money.ZERO);
        assertThat(x.itemOf(a).openAmount()).isEqualTo(m("180.00"));
    }

    @Test
    void anOnAccountRefundTakesOffOnlyWhatIsStillOpen() {
        long a = x.warrantyOnAccount("北京现代-丁", "400.00", TODAY);
        ReceivablePayer maker = x.maker("北京现代-丁");
        receipts.record(maker.id(), transfer("300", "BJ-1"), applied(x.itemOf(a).id(), "300"));
        BusinessRuleException refused = catchThrowableOfType(() -> x.services.payments().refund(a,
                PaymentMethod.ON_ACCOUNT, "150", "开错单", ""), BusinessRuleException.class);
        assertThat(refused.messageKey()).isEqualTo("receivables.refund.aboveOpen");
        x.services.payments().refund(a, PaymentMethod.ON_ACCOUNT, "100", "开错单", "");
        assertThat(x.itemOf(a).amount()).isEqualTo(m("300.00"));
        assertThat(x.itemOf(a).openAmount()).isEqualTo(Money.ZERO);
        assertThat(figures.balance(maker.id())).isEqualTo(Money.ZERO);
    }

    /** Due 30 days after the bill; days past due on the day of the report decide the bucket. */
    @ParameterizedTest(name = "{0} days past due: {1}")
    @CsvSource({"-1,current", "0,current", "1,1-30", "30,1-30", "31,31-60", "60,31-60", "61,61-90", "90,61-90",
        "91,over90", "400,over90"})
    void ageingPutsEachItemInItsBucketAtTheEdges(int daysPastDue, String bucket) {
        String maker = "账龄-" + daysPastDue;
        x.warrantyOnAccount(maker, "100.00", TODAY.minusDays(ReceivablesLedger.DEFAULT_PAYMENT_DAYS + daysPastDue));
        AgeingLine line = figures.ageing(TODAY).stream().filter(l -> l.payerName().equals(maker)).findFirst()
                .orElseThrow();
        Money hundred = m("100.00");
        assertThat(List.of(line.current(), line.days1To30(), line.days31To60(), line.days61To90(), line.over90()))
                .containsExactly(bucket.equals("current") ? hundred : Money.ZERO,
                        bucket.equals("1-30") ? hundred : Money.ZERO, bucket.equals("31-60") ? hundred : Money.ZERO,
                        bucket.equals("61-90") ? hundred : Money.ZERO, bucket.equals("over90") ? hundred : Money.ZERO);
        assertThat(line.balance()).isEqualTo(hundred);
    }

    @Test
    void aNewOnAccountBillBeyondTheCreditLimitNeedsAManager() {
        Customer fleet = x.company("广州顺达物流有限公司", "1000");
        long first = x.bill(Payer.CUSTOMER, fleet.name(), fleet.id(), "800.00", TODAY);
        x.onAccount(first, "800.00", TODAY);
        long second = x.bill(Payer.CUSTOMER, fleet.name(), fleet.id(), "300.00", TODAY);
        PaymentInput onAccount = PaymentInput.today(PaymentMethod.ON_ACCOUNT, "300.00");

        CreditLimitExceededException over = catchThrowableOfType(() -> x.services.payments().pay(second, onAccount),
                CreditLimitExceededException.class);
        assertThat(over.byField().get(PaymentInput.AMOUNT).messageKey()).isEqualTo("cashier.account.overLimit");
        AuthenticatedUser cashier = x.services.session().requireUser();
        assertThat(catchThrowableOfType(() -> x.services.payments().pay(second, onAccount, cashier),
                BusinessRuleException.class).messageKey()).isEqualTo("cashier.account.overrideNotAllowed");
        int overrides = x.audits("CREDIT_LIMIT_OVERRIDDEN");
        AuthenticatedUser manager = x.services.authentication().approve("zhoujie",
                CashierFixture.PASSWORD.toCharArray(), Permission.MANAGE_DISCOUNT_POLICY);
        x.services.payments().pay(second, onAccount, manager);
        assertThat(x.audits("CREDIT_LIMIT_OVERRIDDEN")).isEqualTo(overrides + 1);

        ReceivablePayer payer = x.payer("CUSTOMER:" + fleet.id());
        receipts.record(payer.id(), transfer("500", "SD-1"), applied(x.itemOf(first).id(), "500"));
        AccountCustomer account = x.services.discountPolicy().accounts().stream()
                .filter(a -> a.customerId() == fleet.id()).findFirst().orElseThrow();
        assertThat(account.outstanding()).as("the policy screen's figure is the ledger's balance").isEqualTo(m("600.00"));
        long third = x.bill(Payer.CUSTOMER, fleet.name(), fleet.id(), "400.00", TODAY);
        x.services.payments().pay(third, PaymentInput.today(PaymentMethod.ON_ACCOUNT, "400.00"));
        assertThat(x.services.discountPolicy().account(fleet.id()).orElseThrow().outstanding()).isEqualTo(m("1000.00"));
    }

    @Test
    void theMonthlyStatementBringsForwardListsTheMonthAndCarriesTheBalance() {
        Customer fleet = x.company("广州快运车队", "100000");
        LocalDate october = LocalDate.of(2026, 10, 20);
        long old = x.bill(Payer.CUSTOMER, fleet.name(), fleet.id(), "1200.00", october);
        x.onAccount(old, "1200.00", october);
        long n1 = x.bill(Payer.CUSTOMER, fleet.name(), fleet.id(), "300.00", LocalDate.of(2026, 11, 3));
        x.onAccount(n1, "300.00", LocalDate.of(2026, 11, 3));
        long n2 = x.bill(Payer.CUSTOMER, fleet.name(), fleet.id(), "450.50", LocalDate.of(2026, 11, 18));
        x.onAccount(n2, "450.50", LocalDate.of(2026, 11, 18));
        ReceivablePayer payer = x.payer("CUSTOMER:" + fleet.id());
        receipts.record(payer.id(), new ReceiptInput(ReceiptMethod.BANK_TRANSFER, "1000", "KY-1", "2026-11-10"),
                applied(x.itemOf(old).id(), "1000"));

        Statement s = figures.statement(payer.id(), YearMonth.of(2026, 11));
        assertThat(s.opening()).isEqualTo(m("1200.00"));
        assertThat(s.lines()).extracting(StatementLine::day, StatementLine::debit, StatementLine::credit,
                StatementLine::balance).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 3), m("300.00"), Money.ZERO, m("1500.00")),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 10), Money.ZERO, m("1000.00"), m("500.00")),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 18), m("450.50"), Money.ZERO, m("950.50")));
        assertThat(s.lines().get(0).orderNumber()).startsWith("RO");
        assertThat(s.lines().get(0).plate()).isEqualTo("粤A12345");
        assertThat(s.closing()).isEqualTo(m("950.50")).isEqualTo(figures.balance(payer.id()));
        assertThat(s.creditLimit()).isEqualTo(m("100000.00"));
        assertThat(figures.statement(payer.id(), YearMonth.of(2026, 10)).closing()).isEqualTo(m("1200.00"));
    }

    /** Random bills, receipts, credits applied later and on-account refunds: every payer's ledger balances. */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"7", "2026"})
    void billedLessReceivedIsTheOpenBalanceForEveryPayer(long seed) {
        Random random = new Random(seed);
        String[] makers = {"随机-" + seed + "-A", "随机-" + seed + "-B", "随机-" + seed + "-C"};
        List<Long> bills = new ArrayList<>();
        List<Receipt> withCredit = new ArrayList<>();
        for (int step = 0; step < 50; step++) {
            String maker = makers[random.nextInt(makers.length)];
            int kind = random.nextInt(10);
            try {
                if (kind < 4 || bills.isEmpty()) {
                    String amount = cents(random, 1, 200_000);
                    bills.add(x.warrantyOnAccount(maker, amount, TODAY.minusDays(random.nextInt(120))));
                } else if (kind < 8) {
                    var known = x.services.transactions().read(h -> h.attach(ReceivablesDao.class)
                            .payerByKey("WARRANTY:" + maker));
                    if (known.isEmpty()) {
                        continue;
                    }
                    ReceivablePayer payer = known.get();
                    List<OpenItem> open = figures.openItems(payer.id());
                    List<Allocation> allocations = new ArrayList<>();
                    for (OpenItem item : open) {
                        if (random.nextBoolean()) {
                            // sometimes more than is open: the whole receipt must then be refused
                            long cap = item.openAmount().amount().movePointRight(2).longValueExact() + random.nextInt(3);
                            allocations.add(new Allocation(item.id(), cents(random, 1, cap)));
                        }
                    }
                    String amount = cents(random, 1, 300_000);
                    Receipt r = receipts.record(payer.id(), transfer(amount, "T" + seed + "-" + step), allocations);
                    if (r.unapplied().isPositive()) {
                        withCredit.add(r);
                    }
                } else if (kind == 8 && !withCredit.isEmpty()) {
                    Receipt r = withCredit.remove(random.nextInt(withCredit.size()));
                    List<OpenItem> open = figures.openItems(r.payerId());
                    if (!open.isEmpty()) {
                        OpenItem item = open.get(random.nextInt(open.size()));
                        Money applied = item.openAmount().compareTo(r.unapplied()) < 0 ? item.openAmount() : r.unapplied();
                        receipts.apply(r.id(), r.version(), applied(item.id(), applied.toPlainString()));
                    }
                } else {
                    long bill = bills.get(random.nextInt(bills.size()));
                    x.services.payments().refund(bill, PaymentMethod.ON_ACCOUNT, cents(random, 1, 5_000), "更正", "");
                }
            } catch (BusinessRuleException refused) {
                // a refused step leaves the ledger as it was; the check below proves it
            }
            assertBalanced(maker);
        }
        for (String name : makers) {
            assertBalanced(name);
        }
    }

    private static void assertBalanced(String maker) {
        ReceivablePayer payer;
        try {
            payer = x.maker(maker);
        } catch (java.util.NoSuchElementException none) {
            return;
        }
        ReceivablesDao.Totals t = x.totals(payer.id());
        Money billedLessReceived = Money.of(t.billed()).minus(Money.of(t.received()));
        assertThat(billedLessReceived).as(maker).isEqualTo(Money.of(t.openAmount()).minus(Money.of(t.unapplied())))
                .isEqualTo(figures.balance(payer.id()));
    }

    private static String cents(Random random, long min, long max) {
        long cents = min + (long) (random.nextDouble() * Math.max(1, max - min));
        return Money.of(java.math.BigDecimal.valueOf(cents, 2)).toPlainString();
    }
}
