package com.fours.workbench.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.core.Money;
import com.fours.workbench.payables.InvoiceLineInput;
import com.fours.workbench.payables.Invoiceable;
import com.fours.workbench.payables.PayablesDao;
import com.fours.workbench.payables.SupplierInvoice;
import com.fours.workbench.payables.SupplierInvoiceService;
import com.fours.workbench.payables.SupplierPaymentService;
import com.fours.workbench.openitems.Allocation;
import com.fours.workbench.receivables.ReceiptMethod;
import com.fours.workbench.suppliers.SuppliersDao;

/**
 * What the store owes its suppliers (decisions 0110, 0126): the oil wholesaler invoices each delivery the
 * day after it came; the invoice of two months back was paid in full on its due day, the one of the
 * delivery before last is half paid and past due, the last one falls due this week (30 days under its
 * agreement). The brand's parts centre's invoice of the month before last was paid in full; it invoiced
 * its last delivery with one line above the ordered price, so that invoice waits for the manager.
 * Invoices cover the receipts of the parts history, matched by the payables' own rules.
 */
public final class PayablesDemoData implements DemoDataContributor {

    private static final String BY = "cashier";
    private static final BigDecimal RAISED = new BigDecimal("1.05");

    private final SupplierInvoiceService invoices;
    private final Clock clock;

    public PayablesDemoData(SupplierInvoiceService invoices, Clock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 34; // after the parts history (30) and the agreements that set the payment days (32)
    }

    @Override
    public String stepKey() {
        return "demo.step.payables";
    }

    @Override
    public void contribute(Handle handle, DemoValues values) {
        SuppliersDao suppliers = handle.attach(SuppliersDao.class);
        PayablesDao payables = handle.attach(PayablesDao.class);
        ZoneId zone = clock.getZone();
        for (SuppliersDao.SupplierRow supplier : suppliers.suppliers()) {
            List<List<Invoiceable>> deliveries = deliveries(payables.invoiceable(supplier.id()));
            if (deliveries.size() < 2) {
                continue;
            }
            switch (supplier.code()) {
                case "MOBIL-GZ" -> {
                    List<Invoiceable> last = deliveries.get(deliveries.size() - 1);
                    List<Invoiceable> before = monthBefore(deliveries, last);
                    List<Invoiceable> twoBack = before == null ? null : monthBefore(deliveries, before);
                    if (twoBack == null) {
                        continue;
                    }
                    SupplierInvoice paid = invoice(handle, supplier.id(), "44010245", twoBack, false, zone);
                    SupplierInvoice earlier = invoice(handle, supplier.id(), "44010381", before, false, zone);
                    invoice(handle, supplier.id(), "44010517", last, false, zone);
                    pay(handle, supplier.id(), paid, paid.amount(), "HX0000245", zone);
                    pay(handle, supplier.id(), earlier, Money.of(earlier.amount().amount()
                            .divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN)), "HX0000381", zone);
                }
                case "GTMC-PC" -> {
                    List<Invoiceable> last = deliveries.get(deliveries.size() - 1);
                    List<Invoiceable> twoBack = monthBefore(deliveries, monthBefore(deliveries, last));
                    if (twoBack != null) {
                        SupplierInvoice paid = invoice(handle, supplier.id(), "44020518", twoBack, false, zone);
                        pay(handle, supplier.id(), paid, paid.amount(), "HX0000518", zone);
                    }
                    invoice(handle, supplier.id(), "44020664", last, true, zone);
                }
                default -> {
                    // the others' invoices have not come yet
                }
            }
        }
    }

    /** The last delivery at least 20 days before {@code delivery} (a month's deliveries may come as two receipts). */
    private static List<Invoiceable> monthBefore(List<List<Invoiceable>> deliveries, List<Invoiceable> delivery) {
        if (delivery == null) {
            return null;
        }
        Instant monthBefore = delivery.get(0).receivedAt().minus(Duration.ofDays(20));
        return deliveries.stream().filter(d -> !d.get(0).receivedAt().isAfter(monthBefore)).reduce((a, b) -> b)
                .orElse(null);
    }

    /** A bank transfer of {@code amount} against {@code invoice}, made on its due day (today at the latest). */
    private void pay(Handle handle, long supplierId, SupplierInvoice invoice, Money amount, String reference,
                     ZoneId zone) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = invoice.dueOn().isAfter(today) ? today : invoice.dueOn();
        SupplierPaymentService.insertPayment(handle, supplierId, ReceiptMethod.BANK_TRANSFER, amount, reference,
                day, List.of(new Allocation(invoice.id(), amount.toPlainString())), BY,
                day.atTime(LocalTime.of(10, 30)).atZone(zone).toInstant());
    }

    /** The supplier's receipt lines grouped by receipt, oldest receipt first. */
    private static List<List<Invoiceable>> deliveries(List<Invoiceable> lines) {
        Map<Long, List<Invoiceable>> byReceipt = new TreeMap<>();
        lines.stream().sorted(Comparator.comparing(Invoiceable::receivedAt).thenComparing(Invoiceable::receiptLineId))
                .forEach(l -> byReceipt.computeIfAbsent(l.receiptId(), k -> new ArrayList<>()).add(l));
        List<List<Invoiceable>> deliveries = new ArrayList<>(byReceipt.values());
        deliveries.sort(Comparator.comparing(d -> d.get(0).receivedAt()));
        return deliveries;
    }

    /** The invoice of one delivery, dated the day after it came; {@code raised}: its first line 5% above the order. */
    private SupplierInvoice invoice(Handle handle, long supplierId, String number, List<Invoiceable> delivery,
                                    boolean raised, ZoneId zone) {
        List<InvoiceLineInput> lines = new ArrayList<>();
        for (Invoiceable line : delivery) {
            BigDecimal price = line.receivedPrice().amount();
            if (raised && lines.isEmpty()) {
                price = price.multiply(RAISED).setScale(2, RoundingMode.HALF_UP);
            }
            lines.add(new InvoiceLineInput(line.receiptLineId(), line.left().stripTrailingZeros().toPlainString(),
                    price.toPlainString()));
        }
        LocalDate day = LocalDate.ofInstant(delivery.get(0).receivedAt(), zone).plusDays(1);
        return invoices.insertInvoice(handle, supplierId, number, day, lines, BY,
                day.atTime(LocalTime.of(9, 15)).atZone(zone).toInstant());
    }
}
