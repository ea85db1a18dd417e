package com.fours.workbench.payables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Money;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

/**
 * The demo store's payables read back to the cent: the oil wholesaler's invoice of two months back paid
 * in full, the one before last half paid and past due, the last due this week; the brand centre's
 * earlier invoice paid in full and its last waiting for the manager over a price; every invoice dated
 * the day after the delivery it covers, every supplier's ledger balanced.
 */
class PayablesDemoDataTest {

    @Test
    void theDemoOwesTheOilWholesalerOneInvoicePaidOneHalfPaidAndOverdueOneDueThisWeek(@TempDir Path dataFolder) {
        MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
        try (AppServices services = StoreImages.demo(dataFolder, clock)) {
            services.authentication().login("cashier", SecurityDemoData.PASSWORD.toCharArray());
            LocalDate today = LocalDate.now(clock);
            SoftAssertions soft = new SoftAssertions();

            List<PayablesAgeingLine> ageing = services.payables().ageing(today);
            PayablesAgeingLine mobil = line(ageing, "润通");
            PayablesAgeingLine brand = line(ageing, "广汽丰田");
            soft.assertThat(mobil.current()).as("oil: the last delivery's, not yet due").isEqualTo(Money.of("13110.00"));
            soft.assertThat(mobil.days1To30()).as("oil: the half left of last month's").isEqualTo(Money.of("6555.00"));
            soft.assertThat(mobil.balance()).as("oil: owed").isEqualTo(Money.of("19665.00"));
            // the brand centre is listed with nothing open: one invoice paid, the other waits for the manager
            soft.assertThat(brand.balance()).as("brand: owed").isEqualTo(Money.of("0.00"));
            soft.assertThat(ageing.stream().filter(l -> l.balance().isPositive()).toList()).containsExactly(mobil);

            List<SupplierInvoice> open = services.payables().openInvoices(mobil.supplierId());
            soft.assertThat(open).extracting(SupplierInvoice::invoiceNumber).containsExactlyInAnyOrder("44010381", "44010517");
            SupplierInvoice halfPaid = invoice(open, "44010381");
            soft.assertThat(halfPaid.amount()).as("44010381").isEqualTo(Money.of("13110.00"));
            soft.assertThat(halfPaid.openAmount()).as("44010381 open").isEqualTo(Money.of("6555.00"));
            soft.assertThat(halfPaid.dueOn()).as("44010381 overdue").isBefore(today);
            SupplierInvoice last = invoice(open, "44010517");
            soft.assertThat(last.openAmount()).as("44010517 open").isEqualTo(last.amount());
            soft.assertThat(last.dueOn()).as("44010517 due this week").isBetween(today, today.plusDays(7));
            soft.assertThat(services.payables().dueThisWeek(today)).extracting(SupplierInvoice::invoiceNumber)
                    .contains("44010381", "44010517");

            List<SupplierPayment> mobilPaid = services.payables().payments(mobil.supplierId());
            soft.assertThat(mobilPaid).extracting(SupplierPayment::reference).containsExactlyInAnyOrder("HX0000245", "HX0000381");
            soft.assertThat(mobilPaid).extracting(p -> p.amount().toPlainString()).containsExactlyInAnyOrder("18301.56", "6555.00");
            soft.assertThat(mobilPaid).allMatch(p -> p.unapplied().isZero());
            soft.assertThat(mobilPaid).extracting(SupplierPayment::paidOn).allMatch(d -> d.isBefore(today));
            List<SupplierPayment> brandPaid = services.payables().payments(brand.supplierId());
            soft.assertThat(brandPaid).extracting(SupplierPayment::reference).containsExactly("HX0000518");
            soft.assertThat(brandPaid).extracting(p -> p.amount().toPlainString()).containsExactly("122641.83");

            List<SupplierInvoice> waiting = services.supplierInvoices().awaiting();
            soft.assertThat(waiting).extracting(SupplierInvoice::invoiceNumber).containsExactly("44020664");
            soft.assertThat(waiting).extracting(i -> i.amount().toPlainString()).containsExactly("101906.93");
            soft.assertThat(waiting).extracting(SupplierInvoice::differences).containsExactly(1);
            soft.assertThat(services.supplierInvoices().lines(waiting.get(0).id())).filteredOn(InvoiceLine::priceDiffers)
                    .hasSize(1);

            // accepted invoices only: the brand centre's waiting one is not owed yet
            String[][] ledgers = {{"44521.56", "24856.56", "19665.00"}, {"122641.83", "122641.83", "0.00"}};
            List<PayablesAgeingLine> both = List.of(mobil, brand);
            for (int i = 0; i < both.size(); i++) {
                PayablesAgeingLine supplier = both.get(i);
                PayablesDao.Totals totals = services.payables().totals(supplier.supplierId());
                soft.assertThat(totals.invoiced().toPlainString()).as(supplier.supplierName() + " invoiced")
                        .isEqualTo(ledgers[i][0]);
                soft.assertThat(totals.paid().toPlainString()).as(supplier.supplierName() + " paid").isEqualTo(ledgers[i][1]);
                soft.assertThat(totals.openAmount().subtract(totals.unapplied()).toPlainString())
                        .as(supplier.supplierName() + " open").isEqualTo(ledgers[i][2]);
                soft.assertThat(Money.of(totals.invoiced()).minus(Money.of(totals.paid())))
                        .as(supplier.supplierName() + " balances")
                        .isEqualTo(Money.of(totals.openAmount()).minus(Money.of(totals.unapplied())));
            }

            // each invoice is dated the day after the delivery it covers, and none after today
            ZoneId zone = clock.getZone();
            for (String number : List.of("44010245", "44010381", "44010517", "44020518", "44020664")) {
                List<Instant> received = services.transactions().read(h -> h.createQuery("""
                        SELECT DISTINCT r.received_at FROM supplier_invoice i
                        JOIN supplier_invoice_line il ON il.invoice_id = i.id
                        JOIN purchase_receipt_line rl ON rl.id = il.receipt_line_id
                        JOIN purchase_receipt r ON r.id = rl.receipt_id WHERE i.invoice_number = :number""")
                        .bind("number", number).mapTo(Instant.class).list());
                soft.assertThat(received).as(number).hasSize(1);
                LocalDate dated = services.transactions().read(h -> h.createQuery(
                        "SELECT invoice_date FROM supplier_invoice WHERE invoice_number = :number")
                        .bind("number", number).mapTo(LocalDate.class).one());
                soft.assertThat(dated).as(number).isBeforeOrEqualTo(today)
                        .isEqualTo(LocalDate.ofInstant(received.get(0), zone).plusDays(1));
            }
            soft.assertAll();
        }
    }

    private static PayablesAgeingLine line(List<PayablesAgeingLine> ageing, String name) {
        return ageing.stream().filter(l -> l.supplierName().contains(name)).findFirst().orElseThrow();
    }

    private static SupplierInvoice invoice(List<SupplierInvoice> invoices, String number) {
        return invoices.stream().filter(i -> i.invoiceNumber().equals(number)).findFirst().orElseThrow();
    }
}
