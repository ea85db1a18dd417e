package com.fours.workbench.payables;

import static com.fours.workbench.payables.PayablesFixture.applied;
import static com.fours.workbench.payables.PayablesFixture.invoice;
import static com.fours.workbench.payables.PayablesFixture.line;
import static com.fours.workbench.payables.PayablesFixture.m;
import static com.fours.workbench.payables.PayablesFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.parts.Supplier;
import com.fours.workbench.receivables.ReceiptMethod;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.ConcurrentChangeException;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** Supplier invoices matched three ways, payments to suppliers and the ageing, on a real H2 database migrated by Flyway. */
class PayablesServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static PayablesFixture x;
    private static SupplierInvoiceService invoices;
    private static SupplierPaymentService payments;
    private static PayablesFigures figures;

    @BeforeAll
    static void store() {
        x = new PayablesFixture(TestWorkbench.setUp(MutableClock.shanghai("2026-11-27T02:00:00Z")));
        invoices = x.services.supplierInvoices();
        payments = x.services.supplierPayments();
        figures = x.services.payables();
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

    private static void assertBalances(long supplierId) {
        PayablesDao.Totals t = x.totals(supplierId);
        assertThat(Money.of(t.invoiced()).minus(Money.of(t.paid())))
                .as("invoiced - paid = open - unapplied")
                .isEqualTo(Money.of(t.openAmount()).minus(Money.of(t.unapplied())));
    }

    @Test
    void anInvoiceOverTwoReceiptsWithOnePriceDifferenceWaitsForTheManagerThenIsPaidPartlyAndFully() {
        Supplier s = x.supplier("广汽丰田配件中心");
        long first = x.received(s, "10", "18.50", "10", "18.50");
        long second = x.received(s, "4", "100.00", "4", "100.00");
        x.as("wangfang");
        int entered = x.audits("SUPPLIER_INVOICE_ENTERED");

        SupplierInvoice inv = invoices.enter(s.id(), invoice("FP-0001", TODAY.minusDays(3).toString(),
                line(first, "10", "18.50"), line(second, "4", "105.00")));

        assertThat(inv.status()).isEqualTo(InvoiceStatus.AWAITING);
        assertThat(inv.differences()).isEqualTo(1);
        assertThat(inv.amount()).isEqualTo(m("605.00"));
        assertThat(inv.dueOn()).as("the default 30 days of terms").isEqualTo(TODAY.minusDays(3).plusDays(30));
        assertThat(invoices.lines(inv.id())).extracting(InvoiceLine::priceDiffers).containsExactly(false, true);
        assertThat(invoices.lines(inv.id()).get(1).orderedPrice()).isEqualTo(m("100.00"));
        assertThat(x.audits("SUPPLIER_INVOICE_ENTERED")).isEqualTo(entered + 1);
        assertThat(invoices.awaiting()).extracting(SupplierInvoice::id).contains(inv.id());

        // not payable before the manager accepts it; the cashier may not accept it
        assertThat(refusedField(() -> payments.record(s.id(), transfer("100", "TT-A1"), applied(inv.id(), "100")),
                PaymentInput.APPLIED)).isEqualTo("payables.invoice.notPayable");
        assertThat(catchThrowableOfType(() -> invoices.accept(inv.id(), inv.version(), "已与供应商核对"),
                AccessDeniedException.class)).isNotNull();
        assertThat(figures.ageing(TODAY)).noneMatch(l -> l.supplierId() == s.id() && l.open().isPositive());

        x.as("zhoujie");
        assertThat(refusedField(() -> invoices.accept(inv.id(), inv.version(), " "), "payablesAcceptNote"))
                .isEqualTo("field.required");
        SupplierInvoice accepted = invoices.accept(inv.id(), inv.version(), "涨价已通知，接受");
        assertThat(accepted.status()).isEqualTo(InvoiceStatus.ACCEPTED);
        assertThat(accepted.decidedBy()).isEqualTo("zhoujie");
        assertThat(x.audits("SUPPLIER_INVOICE_ACCEPTED")).isGreaterThanOrEqualTo(1);
        assertThat(catchThrowableOfType(() -> invoices.accept(inv.id(), accepted.version(), "再次"),
                BusinessRuleException.class).messageKey()).isEqualTo("payables.invoice.notAwaiting");

        x.as("wangfang");
        SupplierPayment part = payments.record(s.id(), transfer("400", "TT-A2"), applied(inv.id(), "400"));
        assertThat(part.number()).startsWith("FK");
        assertThat(invoices.invoice(inv.id()).openAmount()).isEqualTo(m("205.00"));
        SupplierPayment rest = payments.record(s.id(), new PaymentInput(ReceiptMethod.CHEQUE, "205", "CHQ-88", ""),
                applied(inv.id(), "205"));
        assertThat(rest.unapplied()).isEqualTo(Money.ZERO);
        assertThat(invoices.invoice(inv.id()).openAmount()).isEqualTo(Money.ZERO);
        assertThat(figures.openInvoices(s.id())).isEmpty();
        // paying it twice: refused, nothing posted
        assertThat(refusedField(() -> payments.record(s.id(), transfer("205", "TT-A3"), applied(inv.id(), "205")),
                PaymentInput.APPLIED)).isEqualTo("payables.invoice.alreadyPaid");
        assertThat(refusedField(() -> payments.record(s.id(), transfer("5", "TT-A2"), List.of()),
                PaymentInput.REFERENCE)).as("the same transfer twice").isEqualTo("payables.payment.duplicate");
        assertThat(figures.payments(s.id())).hasSize(2);
        assertBalances(s.id());
    }

    @Test
    void aCleanInvoiceIsPayableAtOnceAndAnOverpaymentIsKeptAsCreditAndAppliedLater() {
        Supplier s = x.supplier("广州联合汽配");
        List<Long> lines = x.receivedLines(s, List.of(new String[] {"5", "20.00", "5", "20.00"},
                new String[] {"2", "50.00", "2", "50.00"}));
        x.as("zhoujie");
        SupplierInvoice a = invoices.enter(s.id(), invoice("LH-1", "", line(lines.get(0), "5", "20.00")));
        assertThat(a.status()).isEqualTo(InvoiceStatus.ACCEPTED);
        assertThat(a.dueOn()).isEqualTo(TODAY.plusDays(30));
        SupplierPayment paid = payments.record(s.id(), transfer("150", "LH-T1"), applied(a.id(), "100"));
        assertThat(paid.unapplied()).as("the rest is the supplier's credit, never lost").isEqualTo(m("50.00"));
        assertThat(figures.ageing(TODAY)).filteredOn(l -> l.supplierId() == s.id()).singleElement()
                .satisfies(l -> assertThat(l.balance()).isEqualTo(m("-50.00")));

        SupplierInvoice b = invoices.enter(s.id(), invoice("LH-2", "", line(lines.get(1), "2", "50.00")));
        SupplierPayment after = payments.apply(paid.id(), paid.version(), applied(b.id(), "50"));
        assertThat(after.unapplied()).isEqualTo(Money.ZERO);
        assertThat(invoices.invoice(b.id()).openAmount()).isEqualTo(m("50.00"));
        assertThat(catchThrowableOfType(() -> payments.apply(paid.id(), paid.version(), applied(b.id(), "1")),
                ConcurrentChangeException.class)).as("the screen still showing the credit").isNotNull();
        assertBalances(s.id());
    }

    @Test
    void matchingRefusesUnreceivedPartsMoreThanReceivedThreeDecimalsAndTheSameNumberTwice() {
        Supplier s = x.supplier("佛山轮胎批发");
        Supplier other = x.supplier("东莞润滑油");
        long line = x.received(s, "10", "30.00", "8", "30.00");
        long others = x.received(other, "1", "10.00", "1", "10.00");
        x.as("wangfang");

        assertThat(refusedField(() -> invoices.enter(s.id(), invoice("T-1", "", line(others, "1", "10.00"))),
                InvoiceInput.LINES)).as("a line for parts never received from this supplier")
                .isEqualTo("payables.line.notReceived");
        assertThat(refusedField(() -> invoices.enter(s.id(), invoice("T-1", "", line(999_999L, "1", "10.00"))),
                InvoiceInput.LINES)).isEqualTo("payables.line.notReceived");
        assertThat(refusedField(() -> invoices.enter(s.id(), invoice("T-1", "", line(line, "9", "30.00"))),
                InvoiceInput.LINES)).as("more than the 8 received").isEqualTo("payables.line.aboveReceived");
        assertThat(refusedField(() -> invoices.enter(s.id(), invoice("T-1", "", line(line, "1", "30.005"))),
                InvoiceInput.LINES)).isEqualTo("money.invalid.tooManyDecimals");
        assertThat(refusedField(() -> invoices.enter(s.id(), invoice("T-1", "", line(line, "1", "30"),
                line(line, "1", "30"))), InvoiceInput.LINES)).isEqualTo("payables.line.twice");
        assertThat(refusedField(() -> invoices.enter(s.id(), invoice("", "", line(line, "1", "30"))),
                InvoiceInput.NUMBER)).isEqualTo("field.required");
        assertThat(refusedField(() -> invoices.enter(s.id(), invoice("T-1", TODAY.plusDays(1).toString(),
                line(line, "1", "30"))), InvoiceInput.DATE)).isEqualTo("receivables.day.future");
        assertThat(figures.openInvoices(s.id())).as("nothing half-posted").isEmpty();

        SupplierInvoice first = invoices.enter(s.id(), invoice("T-1", "", line(line, "5", "30.00")));
        assertThat(refusedField(() -> invoices.enter(s.id(), invoice("T-1", "", line(line, "1", "30.00"))),
                InvoiceInput.NUMBER)).isEqualTo("payables.invoice.duplicate");
        // across invoices: 5 invoiced, 3 left of the 8 received
        assertThat(refusedField(() -> invoices.enter(s.id(), invoice("T-2", "", line(line, "4", "30.00"))),
                InvoiceInput.LINES)).isEqualTo("payables.line.aboveReceived");
        assertThat(invoices.invoiceable(s.id())).singleElement().satisfies(i -> assertThat(i.left())
                .isEqualByComparingTo("3"));
        // another supplier may use the same invoice number
        assertThat(invoices.enter(other.id(), invoice("T-1", "", line(others, "1", "10.00"))).status())
                .isEqualTo(InvoiceStatus.ACCEPTED);

        // voided (entered in error): its quantity may be invoiced again; a paid invoice may not be voided
        assertThat(refusedField(() -> invoices.voidInvoice(first.id(), first.version(), ""), "payablesVoidReason"))
                .isEqualTo("field.required");
        SupplierInvoice voided = invoices.voidInvoice(first.id(), first.version(), "录错发票号");
        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOIDED);
        assertThat(x.audits("SUPPLIER_INVOICE_VOIDED")).isGreaterThanOrEqualTo(1);
        SupplierInvoice again = invoices.enter(s.id(), invoice("T-1B", "", line(line, "8", "30.00")));
        payments.record(s.id(), transfer("10", "FS-1"), applied(again.id(), "10"));
        SupplierInvoice paidOn = invoices.invoice(again.id());
        assertThat(catchThrowableOfType(() -> invoices.voidInvoice(again.id(), paidOn.version(), "错"),
                BusinessRuleException.class).messageKey()).isEqualTo("payables.invoice.paidCannotVoid");
        assertBalances(s.id());
    }

    @Test
    void thePriceToleranceAndTheOrderedQuantityAreFlaggedAtTheirEdges() {
        Supplier s = x.supplier("广州恒通汽配");
        List<Long> lines = x.receivedLines(s, List.of(new String[] {"1", "100.00", "1", "100.00"},
                new String[] {"1", "100.00", "1", "100.00"}, new String[] {"2", "10.00", "3", "10.00"}));
        x.as("wangfang");
        SupplierInvoice atTolerance = invoices.enter(s.id(), invoice("E-1", "", line(lines.get(0), "1", "102.00")));
        assertThat(atTolerance.status()).as("2% above the order is within the store's 2%")
                .isEqualTo(InvoiceStatus.ACCEPTED);
        SupplierInvoice above = invoices.enter(s.id(), invoice("E-2", "", line(lines.get(1), "1", "102.01")));
        assertThat(above.status()).isEqualTo(InvoiceStatus.AWAITING);
        assertThat(invoices.lines(above.id())).singleElement().satisfies(l -> {
            assertThat(l.priceDiffers()).isTrue();
            assertThat(l.quantityDiffers()).isFalse();
        });
        // 3 received against 2 ordered (an over-receipt kept): invoicing the third is flagged, not refused
        SupplierInvoice over = invoices.enter(s.id(), invoice("E-3", "", line(lines.get(2), "3", "10.00")));
        assertThat(over.status()).isEqualTo(InvoiceStatus.AWAITING);
        assertThat(invoices.lines(over.id())).singleElement().satisfies(l -> {
            assertThat(l.quantityDiffers()).isTrue();
            assertThat(l.receivedQuantity()).isEqualByComparingTo("3");
            assertThat(l.orderedQuantity()).isEqualByComparingTo("2");
        });

        // the manager sets a wider tolerance; the cashier may not
        PayablesSettings settings = invoices.settings();
        assertThat(catchThrowableOfType(() -> invoices.saveSettings(new SettingsInput("5", "50000", "30"),
                settings.version()), AccessDeniedException.class)).isNotNull();
        x.as("zhoujie");
        assertThat(refusedField(() -> invoices.saveSettings(new SettingsInput("101", "50000", "30"), settings.version()),
                SettingsInput.TOLERANCE)).isEqualTo("payables.settings.tolerance");
        PayablesSettings wider = invoices.saveSettings(new SettingsInput("5", "50000", "45"), settings.version());
        assertThat(wider.priceTolerancePct()).isEqualByComparingTo("5");
        assertThat(x.audits("PAYABLES_SETTINGS_CHANGED")).isEqualTo(1);
        Supplier t = x.supplier("广州恒通汽配二");
        long l = x.received(t, "1", "100.00", "1", "100.00");
        SupplierInvoice within = invoices.enter(t.id(), invoice("E-4", "", line(l, "1", "105.00")));
        assertThat(within.status()).isEqualTo(InvoiceStatus.ACCEPTED);
        assertThat(within.dueOn()).isEqualTo(TODAY.plusDays(45));
        invoices.saveSettings(new SettingsInput("2", "50000", "30"), wider.version());
    }

    @Test
    void aPaymentAboveTheApprovalLimitNeedsTheManager() {
        Supplier s = x.supplier("广汽丰田配件中心-大额");
        long l = x.received(s, "10", "6000.00", "10", "6000.00");
        x.as("wangfang");
        SupplierInvoice inv = invoices.enter(s.id(), invoice("BIG-1", "", line(l, "10", "6000.00")));
        assertThat(refusedField(() -> payments.record(s.id(), transfer("60000", "BIG-T1"), applied(inv.id(), "60000")),
                PaymentInput.AMOUNT)).isEqualTo("payables.payment.needsApproval");
        assertThat(payments.record(s.id(), transfer("50000", "BIG-T0"), applied(inv.id(), "50000")).approvedBy())
                .as("at the limit the cashier pays").isNull();
        assertThat(invoices.invoice(inv.id()).openAmount()).isEqualTo(m("10000.00"));
        x.as("zhoujie");
        SupplierPayment approved = payments.record(s.id(), transfer("60000", "BIG-T1"), applied(inv.id(), "10000"));
        assertThat(approved.approvedBy()).isEqualTo("zhoujie");
        assertThat(approved.unapplied()).isEqualTo(m("50000.00"));
        assertBalances(s.id());
    }

    @Test
    void ageingPutsEachInvoiceInItsBucketAtTheEdgesAndListsWhatIsDueThisWeek() {
        Supplier s = x.supplier("广州车灯厂");
        int[] daysAgo = {30, 31, 60, 61, 90, 91, 120, 121};
        List<Long> lines = new ArrayList<>();
        List<String[]> orders = new ArrayList<>();
        for (int i = 0; i < daysAgo.length; i++) {
            orders.add(new String[] {"1", (i + 1) + "00.00", "1", (i + 1) + "00.00"});
        }
        lines.addAll(x.receivedLines(s, orders));
        x.as("zhoujie");
        for (int i = 0; i < daysAgo.length; i++) {
            invoices.enter(s.id(), invoice("AG-" + daysAgo[i], TODAY.minusDays(daysAgo[i]).toString(),
                    line(lines.get(i), "1", (i + 1) + "00.00")));
        }
        // due = day + 30: due today (current), 1, 30, 31, 60, 61, 90, 91 days past due
        PayablesAgeingLine a = figures.ageing(TODAY).stream().filter(l -> l.supplierId() == s.id()).findFirst()
                .orElseThrow();
        assertThat(a.current()).isEqualTo(m("100.00"));
        assertThat(a.days1To30()).isEqualTo(m("500.00"));
        assertThat(a.days31To60()).isEqualTo(m("900.00"));
        assertThat(a.days61To90()).isEqualTo(m("1300.00"));
        assertThat(a.over90()).isEqualTo(m("800.00"));
        assertThat(figures.dueThisWeek(TODAY)).filteredOn(i -> i.supplierId() == s.id()).hasSize(8);
        assertThat(figures.dueThisWeek(TODAY.minusDays(40))).filteredOn(i -> i.supplierId() == s.id())
                .extracting(SupplierInvoice::invoiceNumber).containsExactlyInAnyOrder("AG-121", "AG-120", "AG-91",
                        "AG-90");
    }

    @Test
    void theAgeingIsExportedToExcelWithItsFiguresAsNumbers(@TempDir Path dir) throws Exception {
        Supplier s = x.supplier("广州导出测试汽配");
        long l = x.received(s, "2", "150.00", "2", "150.00");
        x.as("zhoujie");
        invoices.enter(s.id(), invoice("X-1", TODAY.minusDays(45).toString(), line(l, "2", "150.00")));
        Path file = dir.resolve("应付账龄.xlsx");
        int rows = figures.exportAgeing(TODAY, file, Messages.forLocale(Messages.CHINESE));
        assertThat(rows).isPositive();
        try (ReadableWorkbook book = new ReadableWorkbook(Files.newInputStream(file))) {
            List<Row> read = book.getFirstSheet().read();
            Row row = read.stream().filter(r -> "广州导出测试汽配".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(row.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("300.00");
        }
        assertThat(x.audits("PAYABLES_EXPORTED")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void everySuppliersLedgerBalancesOverRandomSequencesOfInvoicesAndPayments() {
        Random random = new Random(19);
        for (int round = 0; round < 3; round++) {
            Supplier s = x.supplier("随机供应商" + round);
            List<String[]> orders = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                orders.add(new String[] {"10", (10 + random.nextInt(90)) + ".50", "10", "1.00"});
            }
            List<Long> lines = x.receivedLines(s, orders);
            x.as("zhoujie");
            List<SupplierInvoice> open = new ArrayList<>();
            int ref = 0;
            for (int step = 0; step < 14; step++) {
                int action = random.nextInt(3);
                if (action == 0 && !lines.isEmpty()) {
                    long l = lines.remove(0);
                    open.add(invoices.enter(s.id(), invoice("R" + round + "-" + step, "",
                            line(l, String.valueOf(1 + random.nextInt(10)), "1" + random.nextInt(9) + ".2" + random.nextInt(10)))));
                } else if (action == 1 && !open.isEmpty()) {
                    SupplierInvoice target = invoices.invoice(open.get(random.nextInt(open.size())).id());
                    Money pay = Money.of(String.valueOf(1 + random.nextInt(150)) + ".00");
                    Money apply = pay.compareTo(target.openAmount()) < 0 ? pay : target.openAmount();
                    try {
                        payments.record(s.id(), transfer(pay.toPlainString(), "RND" + round + "-" + ref++),
                                apply.isPositive() ? applied(target.id(), apply.toPlainString()) : List.of());
                    } catch (BusinessRuleException refused) {
                        // a refused step leaves nothing behind; the balance below says so
                    }
                } else {
                    List<SupplierPayment> withCredit = figures.payments(s.id()).stream()
                            .filter(p -> p.unapplied().isPositive()).toList();
                    List<SupplierInvoice> payable = figures.openInvoices(s.id()).stream().filter(SupplierInvoice::payable)
                            .toList();
                    if (!withCredit.isEmpty() && !payable.isEmpty()) {
                        SupplierPayment p = withCredit.get(0);
                        SupplierInvoice target = payable.get(0);
                        Money apply = p.unapplied().compareTo(target.openAmount()) < 0 ? p.unapplied()
                                : target.openAmount();
                        payments.apply(p.id(), p.version(), applied(target.id(), apply.toPlainString()));
                    }
                }
                assertBalances(s.id());
            }
            PayablesAgeingLine line = figures.ageing(TODAY).stream().filter(l -> l.supplierId() == s.id())
                    .findFirst().orElseThrow();
            PayablesDao.Totals t = x.totals(s.id());
            assertThat(line.balance()).isEqualTo(Money.of(t.invoiced()).minus(Money.of(t.paid())));
        }
    }
}
