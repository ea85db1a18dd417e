package com.fours.workbench.cashier;

import static com.fours.workbench.testing.BenchmarkFigures.percentile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * How the cash-up and the health-record export behave with a large store's ten years of bills
 * (default 500,000 bills, 1.3 payments each, every bill but today's already exported): the figures
 * of a day, and what the next export would take. Run by {@code bash bench/cash-up.sh [BILLS]}; not
 * part of the test run. H2 in memory; the rows are written straight into the tables (one repair
 * order and customer for all), since only the queries' cost is measured.
 */
public final class CashUpBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CashUpBenchmark.class);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final int DAYS = 3650;
    private static final String[] METHODS = {"CASH", "BANK_CARD", "WECHAT_PAY", "ALIPAY", "BANK_TRANSFER", "ON_ACCOUNT"};

    private CashUpBenchmark() {
    }

    public static void main(String[] args) {
        int bills = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        MutableClock clock = MutableClock.shanghai("2026-11-27T10:00:00Z");
        RepairFixture f = new RepairFixture(clock);
        AppServices services = f.services;
        TestWorkbench.addUser(services, "cashier1", RepairFixture.PASSWORD, Role.CASHIER);
        long started = System.nanoTime();
        generate(services, f.orderId(), f.customer.id(), bills);
        log.info("Generated {} bills with their payments in {} s", bills, (System.nanoTime() - started) / 1_000_000_000.0);
        f.as("cashier1");

        Random random = new Random(7);
        List<Double> figures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate day = i == 0 ? TODAY : TODAY.minusDays(random.nextInt(DAYS));
            long t = System.nanoTime();
            services.cashUp().figures(day);
            figures.add((System.nanoTime() - t) / 1_000_000.0);
        }
        List<Double> pending = new ArrayList<>();
        int visits = 0;
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            visits = services.healthRecords().pending().size();
            pending.add((System.nanoTime() - t) / 1_000_000.0);
        }
        log.info("cash-up figures of a day ({} bills in the database): p50 {} ms, p95 {} ms (40 days, the first warm-up included)",
                bills, tenths(percentile(figures, 50)), tenths(percentile(figures, 95)));
        log.info("health records waiting for export ({} visit(s) of today): p50 {} ms, p95 {} ms",
                visits, tenths(percentile(pending, 50)), tenths(percentile(pending, 95)));
        services.close();
    }

    private static void generate(AppServices services, long orderId, long customerId, int bills) {
        Random random = new Random(42);
        int perDay = Math.max(1, bills / DAYS);
        services.transactions().useTransaction(h -> {
            long exportId = h.createUpdate("INSERT INTO health_record_export (exported_at, exported_by, folder, record_count) "
                    + "VALUES (:at, 'cashier1', '/tmp', 0)").bind("at", TODAY.minusDays(1).atTime(19, 0)
                    .atZone(ZoneId.of("Asia/Shanghai")).toInstant()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            PreparedBatch bill = h.prepareBatch("INSERT INTO bill (id, number, invoice_year, sequence_no, kind, repair_order_id, "
                    + "customer_id, payer, payer_name, vat_rate, labour_amount, parts_amount, other_amount, discount_amount, "
                    + "total, net, tax, business_day, issued_by, issued_at) VALUES (:id, :number, :year, :id, 'BILL', :order, "
                    + ":customer, 'CUSTOMER', '张伟', 0.13, 0, 0, 0, 0, 113.00, 100.00, 13.00, :day, 'cashier1', :at)");
            PreparedBatch payment = h.prepareBatch("INSERT INTO payment (bill_id, method, amount, change_given, business_day, "
                    + "taken_by, taken_at) VALUES (:bill, :method, :amount, :change, :day, 'cashier1', :at)");
            PreparedBatch entry = h.prepareBatch("INSERT INTO health_record_entry (bill_id, repair_order_id, settlement_day, "
                    + "sequence_no, export_id) VALUES (:bill, :order, :day, 1, :export)");
            long id = 1_000_000;
            for (int d = DAYS - 1; d >= 0; d--) {
                LocalDate day = TODAY.minusDays(d);
                Instant at = day.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
                if (d > 0) {
                    h.execute("INSERT INTO health_record_file (settlement_day, sequence_no, export_id, base_name, record_count) "
                            + "VALUES (?, 1, ?, 'x', 0)", day, exportId);
                }
                for (int i = 0; i < perDay; i++) {
                    id++;
                    // today's bills (the ones the export waits for) are visits of their own
                    long order = d > 0 ? orderId : ownOrder(h, orderId, id);
                    bill.bind("id", id).bind("number", "B" + id).bind("year", day.getYear()).bind("order", order)
                            .bind("customer", customerId).bind("day", day).bind("at", at).add();
                    String method = METHODS[random.nextInt(METHODS.length)];
                    payment.bind("bill", id).bind("method", method).bind("amount", 113.00)
                            .bind("change", "CASH".equals(method) ? 7.00 : null).bind("day", day).bind("at", at).add();
                    if (random.nextInt(10) < 3) {
                        payment.bind("bill", id).bind("method", "CASH").bind("amount", -10.00).bind("change", (Double) null)
                                .bind("day", day).bind("at", at).add();
                    }
                    if (d > 0) {
                        entry.bind("bill", id).bind("order", orderId).bind("day", day).bind("export", exportId).add();
                    }
                }
                if (d % 200 == 0) {
                    bill.execute();
                    payment.execute();
                    entry.execute();
                }
            }
            bill.execute();
            payment.execute();
            entry.execute();
        });
    }

    /** A copy of the fixture's intake and repair order: a visit of its own. */
    private static long ownOrder(org.jdbi.v3.core.Handle h, long templateOrder, long n) {
        long intake = h.createUpdate("""
                INSERT INTO intake (customer_id, vehicle_id, advisor, received_at, mileage, fuel_level, valuables, complaint,
                                    requested_items, old_parts, approval_contact, customer_waits, notes)
                SELECT customer_id, vehicle_id, advisor, received_at, mileage, fuel_level, valuables, complaint,
                       requested_items, old_parts, approval_contact, customer_waits, notes
                FROM intake WHERE id = (SELECT intake_id FROM repair_order WHERE id = :order)
                """).bind("order", templateOrder).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return h.createUpdate("""
                INSERT INTO repair_order (number, status, customer_id, vehicle_id, intake_id, advisor, created_at)
                SELECT :number, 'SETTLED', customer_id, vehicle_id, :intake, advisor, created_at FROM repair_order WHERE id = :order
                """).bind("number", "RO-B" + n).bind("intake", intake).bind("order", templateOrder)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static double tenths(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
