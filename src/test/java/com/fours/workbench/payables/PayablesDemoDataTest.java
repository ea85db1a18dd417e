package com.fours.workbench.payables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Money;
import com.fours.workbench.demo.SecurityDemoData;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.StoreImages;

/**
 * The demo store's payables: the oil wholesaler's two invoices (one half paid and past due, one due this
 * week), the brand centre's invoice waiting for the manager over a price; every invoice after the
 * delivery it covers and before today, every supplier's ledger balanced.
 */
class PayablesDemoDataTest {

    @Test
    void theDemoOwesTwoSuppliersOneInvoiceWaitsAndOneFallsDueThisWeek(@TempDir Path dataFolder) {
        MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
        try (AppServices services = StoreImages.demo(dataFolder, clock)) {
            services.authentication().login("cashier", SecurityDemoData.PASSWORD.toCharArray());
            LocalDate today = LocalDate.now(clock);
            ZoneId zone = clock.getZone();

            List<SupplierInvoice> waiting = services.supplierInvoices().awaiting();
            assertThat(waiting).singleElement().satisfies(i -> {
                assertThat(i.supplierName()).contains("广汽丰田");
                assertThat(i.differences()).isEqualTo(1);
                assertThat(services.supplierInvoices().lines(i.id())).filteredOn(InvoiceLine::priceDiffers).hasSize(1);
            });

            List<PayablesAgeingLine> ageing = services.payables().ageing(today);
            // the brand centre is listed with nothing open: its only invoice waits for the manager
            assertThat(ageing.stream().filter(l -> l.balance().isPositive()).toList()).singleElement().satisfies(l -> {
                assertThat(l.supplierName()).contains("润通");
                assertThat(l.current().isPositive()).as("not yet due").isTrue();
                assertThat(l.days1To30().isPositive()).as("the half left of last month's").isTrue();
            });
            long mobil = ageing.get(0).supplierId();
            List<SupplierInvoice> open = services.payables().openInvoices(mobil);
            assertThat(open).hasSize(2).allMatch(SupplierInvoice::payable);
            SupplierInvoice partly = open.stream().filter(i -> i.openAmount().compareTo(i.amount()) < 0).findFirst()
                    .orElseThrow();
            assertThat(partly.dueOn()).isBefore(today);
            assertThat(services.payables().payments(mobil)).singleElement().satisfies(p -> {
                assertThat(p.amount().plus(partly.openAmount())).isEqualTo(partly.amount());
                assertThat(p.paidOn()).isEqualTo(partly.dueOn());
            });
            assertThat(services.payables().dueThisWeek(today)).extracting(SupplierInvoice::dueOn)
                    .anyMatch(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(7)))
                    .anyMatch(d -> d.isBefore(today));

            // each invoice is dated the day after the delivery it covers, and none after today
            for (SupplierInvoice invoice : List.of(open.get(0), open.get(1), waiting.get(0))) {
                assertThat(invoice.invoiceDate()).isBeforeOrEqualTo(today);
                List<java.time.Instant> received = services.transactions().read(h -> h.createQuery("""
                        SELECT DISTINCT r.received_at FROM supplier_invoice_line il
                        JOIN purchase_receipt_line rl ON rl.id = il.receipt_line_id
                        JOIN purchase_receipt r ON r.id = rl.receipt_id WHERE il.invoice_id = :id""")
                        .bind("id", invoice.id()).mapTo(java.time.Instant.class).list());
                assertThat(received).singleElement().satisfies(at -> assertThat(LocalDate.ofInstant(at, zone).plusDays(1))
                        .isEqualTo(invoice.invoiceDate()));
            }
            PayablesDao.Totals totals = services.payables().totals(mobil);
            assertThat(Money.of(totals.invoiced()).minus(Money.of(totals.paid())))
                    .isEqualTo(Money.of(totals.openAmount()).minus(Money.of(totals.unapplied())));
        }
    }
}
