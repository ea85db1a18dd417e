package com.fours.workbench.receivables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.claims.ClaimState;
import com.fours.workbench.core.Money;
import com.fours.workbench.openitems.Ageing;
import com.fours.workbench.payables.PayablesAgeingLine;
import com.fours.workbench.testing.BenchmarkFigures;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The ageing of every payer and one payer's monthly statement with ten years of a large store:
 * 500,000 bills on account, 200,000 receipts applied to them, 50,000 claims of the makers and
 * insurers (by default; {@code --bills=N --receipts=N --claims=N}). Run by {@code bash
 * bench/receivables.sh}; not part of the test run. Written by set-based SQL into the fixture's H2
 * (only the reads are measured): 1,000 payers, the first 100 makers and insurers; an item is paid
 * when older than 120 days (one in 97 of the older is still open, over 90 days), by receipt
 * {@code n mod receipts} of the same payer; one receipt in 50 keeps 100.00 as credit.
 */
public final class ReceivablesBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ReceivablesBenchmark.class);
    private static final int DAYS = 3650;
    private static final int PAYERS = 1000;
    private static final int CLAIMING = 100;
    private static final long PAYER0 = 1_000_000;
    private static final long BILL0 = 10_000_000;
    private static final long RECEIPT0 = 1_000_000;
    private static final int CHUNK = 50_000;

    private static final int SUPPLIERS = 200;
    private static final long SUPPLIER0 = 1_000_000;
    private static final long INVOICE0 = 1_000_000;
    private static final long PAYMENT0 = 1_000_000;

    // the ageing's statements as they were on main before decision 0119, measured beside today's in the same run
    private static final String MAIN_AGEING = """
            SELECT p.id AS payer_id, p.kind, p.name AS payer_name,
                   SUM(CASE WHEN i.due_on >= :asOf THEN i.open_amount ELSE 0 END) AS current,
                   SUM(CASE WHEN i.due_on < :asOf AND i.due_on >= :d30 THEN i.open_amount ELSE 0 END) AS days1_to30,
                   SUM(CASE WHEN i.due_on < :d30 AND i.due_on >= :d60 THEN i.open_amount ELSE 0 END) AS days31_to60,
                   SUM(CASE WHEN i.due_on < :d60 AND i.due_on >= :d90 THEN i.open_amount ELSE 0 END) AS days61_to90,
                   SUM(CASE WHEN i.due_on < :d90 THEN i.open_amount ELSE 0 END) AS over90,
                   CAST(0 AS DECIMAL(14,2)) AS unapplied
            FROM receivable_item i JOIN receivable_payer p ON p.id = i.payer_id
            WHERE i.open_amount > 0
            GROUP BY p.id, p.kind, p.name""";
    // the grouped pass as the DAOs have it now (decision 0119)
    private static final String NEW_AGEING = "SELECT i.payer_id AS party_id, " + Ageing.BUCKET_SUMS
            + " FROM receivable_item i WHERE i.open_amount > 0 GROUP BY i.payer_id";
    private static final String NEW_PAYABLES_AGEING = "SELECT i.supplier_id AS party_id, " + Ageing.BUCKET_SUMS
            + " FROM supplier_invoice i WHERE i.status = 'ACCEPTED' AND i.open_amount > 0 GROUP BY i.supplier_id";
    private static final String MAIN_CREDITS =
            "SELECT payer_id, SUM(unapplied) AS amount FROM receivable_receipt WHERE unapplied > 0 GROUP BY payer_id";
    private static final String MAIN_PAYERS =
            "SELECT id, payer_key, kind, customer_id, name, payment_days FROM receivable_payer ORDER BY kind, name";
    private static final String MAIN_PAYABLES_AGEING = """
            SELECT s.id AS supplier_id, s.name AS supplier_name,
                   SUM(CASE WHEN i.due_on >= :asOf THEN i.open_amount ELSE 0 END) AS current,
                   SUM(CASE WHEN i.due_on < :asOf AND i.due_on >= :d30 THEN i.open_amount ELSE 0 END) AS days1_to30,
                   SUM(CASE WHEN i.due_on < :d30 AND i.due_on >= :d60 THEN i.open_amount ELSE 0 END) AS days31_to60,
                   SUM(CASE WHEN i.due_on < :d60 AND i.due_on >= :d90 THEN i.open_amount ELSE 0 END) AS days61_to90,
                   SUM(CASE WHEN i.due_on < :d90 THEN i.open_amount ELSE 0 END) AS over90,
                   CAST(0 AS DECIMAL(14,2)) AS unapplied
            FROM supplier_invoice i JOIN supplier s ON s.id = i.supplier_id
            WHERE i.status = 'ACCEPTED' AND i.open_amount > 0
            GROUP BY s.id, s.name""";
    private static final String MAIN_SUPPLIER_CREDITS =
            "SELECT supplier_id, SUM(unapplied) AS amount FROM supplier_payment WHERE unapplied > 0 GROUP BY supplier_id";
    private static final String MAIN_SUPPLIERS = """
            SELECT id, name FROM supplier WHERE id IN (SELECT supplier_id FROM supplier_invoice)
               OR id IN (SELECT supplier_id FROM supplier_payment) ORDER BY name""";

    private ReceivablesBenchmark() {
    }

    /** Prints before and after with their medians' and p95s' ratios; keeps the after figures under {@code key}. */
    private static void compare(Properties results, String key, String label, List<Double> before, List<Double> after) {
        BenchmarkFigures.report(log, new Properties(), key + "Before", label + ", before", before);
        BenchmarkFigures.report(log, results, key, label + ", after", after);
        log.info("{}: median {} -> {} ms (x{}), p95 {} -> {} ms (x{})", key, fixed(BenchmarkFigures.median(before)),
                fixed(BenchmarkFigures.median(after)),
                fixed(BenchmarkFigures.median(before) / BenchmarkFigures.median(after)),
                fixed(BenchmarkFigures.percentile(before, 95)), fixed(BenchmarkFigures.percentile(after, 95)),
                fixed(BenchmarkFigures.percentile(before, 95) / BenchmarkFigures.percentile(after, 95)));
    }

    private static String fixed(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    public static void main(String[] args) {
        Map<String, String> options = BenchmarkFigures.options(args);
        int bills = Integer.parseInt(options.getOrDefault("bills", "500000"));
        int receipts = Integer.parseInt(options.getOrDefault("receipts", "200000"));
        int claims = Integer.parseInt(options.getOrDefault("claims", "50000"));
        if (receipts % PAYERS != 0 || claims > bills * CLAIMING / PAYERS) {
            throw new IllegalArgumentException("receipts must be a multiple of " + PAYERS + ", claims at most a tenth of bills");
        }
        MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
        LocalDate today = LocalDate.of(2026, 11, 27);
        // one H2 file per size under target/, generated once and opened again by the next runs
        Path folder = Path.of("target", "bench-receivables", bills + "-" + receipts + "-" + claims);
        Path done = folder.resolve("generated");
        AppServices services;
        if (Files.exists(done)) {
            services = TestWorkbench.file(folder, clock);
            log.info("Opened the store generated earlier in {}", folder.toAbsolutePath());
        } else {
            // a generation cut short (its chunks are committed one by one) goes on where it stopped
            Optional<long[]> started = Files.exists(folder.resolve("workbench.mv.db")) ? firstBill(folder, clock)
                    : Optional.empty();
            long t = System.nanoTime();
            if (started.isPresent()) {
                services = TestWorkbench.file(folder, clock);
                log.info("Going on with the store begun earlier in {}", folder.toAbsolutePath());
                generate(services, started.get()[0], started.get()[1], today, bills, receipts, claims);
            } else {
                deleteFolder(folder);
                ReceivablesFixture x = new ReceivablesFixture(new CashierFixture(TestWorkbench.setUp(folder, clock)));
                services = x.services;
                generate(services, x.f.repair.orderId(), x.f.repair.customer.id(), today, bills, receipts, claims);
            }
            log.info("Generated {} bills on account, {} receipts, {} claims of {} payers in {} s", bills, receipts,
                    claims, PAYERS, (System.nanoTime() - t) / 1_000_000_000.0);
            write(done);
        }
        int invoices = Integer.parseInt(options.getOrDefault("invoices", "100000"));
        int payments = Integer.parseInt(options.getOrDefault("payments", "20000"));
        Path payablesDone = folder.resolve("payables-" + invoices + "-" + payments);
        if (!Files.exists(payablesDone)) {
            long started = System.nanoTime();
            generatePayables(services, today, invoices, payments);
            log.info("Generated {} supplier invoices and {} payments of {} suppliers in {} s", invoices, payments,
                    SUPPLIERS, (System.nanoTime() - started) / 1_000_000_000.0);
            write(payablesDone);
        }
        if (services.session().user().isPresent()) {
            services.authentication().logout();
        }
        services.authentication().login("chenjing", CashierFixture.PASSWORD.toCharArray());
        ReceivablesDao.Totals all = services.transactions().read(h -> h.createQuery("""
                SELECT (SELECT SUM(amount) FROM receivable_item) AS billed, (SELECT SUM(amount) FROM receivable_receipt) AS received,
                       (SELECT SUM(open_amount) FROM receivable_item) AS open_amount,
                       (SELECT SUM(unapplied) FROM receivable_receipt) AS unapplied""")
                .map((rs, ctx) -> new ReceivablesDao.Totals(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4))).one());
        log.info("ledger: billed {} - received {} = {}; open {} - unapplied {} = {}", all.billed(), all.received(),
                all.billed().subtract(all.received()), all.openAmount(), all.unapplied(),
                all.openAmount().subtract(all.unapplied()));

        Properties results = new Properties();
        // before (the SQL as on main before decision 0119) and after (the services as they are), taking turns
        List<Double> ageingBefore = new ArrayList<>();
        List<Double> ageingSql = new ArrayList<>();
        List<Double> ageing = new ArrayList<>();
        List<AgeingLine> last = List.of();
        for (int i = 0; i < 60; i++) {
            long t = System.nanoTime();
            int rows = services.transactions().read(h -> h.createQuery(MAIN_AGEING).bind("asOf", today)
                    .bind("d30", today.minusDays(30)).bind("d60", today.minusDays(60)).bind("d90", today.minusDays(90))
                    .mapToMap().list().size() + h.createQuery(MAIN_CREDITS).mapToMap().list().size()
                    + h.createQuery(MAIN_PAYERS).mapToMap().list().size());
            ageingBefore.add((System.nanoTime() - t) / 1_000_000.0);
            t = System.nanoTime();
            services.transactions().read(h -> h.createQuery(NEW_AGEING).bindMethods(Ageing.Edges.of(today))
                    .mapToMap().list().size() + h.createQuery(MAIN_CREDITS).mapToMap().list().size()
                    + h.createQuery(MAIN_PAYERS).mapToMap().list().size());
            ageingSql.add((System.nanoTime() - t) / 1_000_000.0);
            t = System.nanoTime();
            last = services.receivables().ageing(today);
            ageing.add((System.nanoTime() - t) / 1_000_000.0);
        }
        Money open = Money.sum(last.stream().map(AgeingLine::open).toList());
        log.info("ageing: {} payers, {} open, {} over 90 days", last.size(), open,
                Money.sum(last.stream().map(AgeingLine::over90).toList()));
        compare(results, "ageingSql", "ageing of all payers, its three statements (60 reads each, warm-up included)",
                ageingBefore, ageingSql);
        BenchmarkFigures.report(log, results, "ageing", "ageing of all payers through the service (target p95 <= 500 ms)",
                ageing);

        if (services.session().user().isPresent()) {
            services.authentication().logout();
        }
        services.authentication().login("chenjing", CashierFixture.PASSWORD.toCharArray());
        List<Double> payablesBefore = new ArrayList<>();
        List<Double> payablesSql = new ArrayList<>();
        List<Double> payables = new ArrayList<>();
        List<PayablesAgeingLine> suppliers = List.of();
        for (int i = 0; i < 60; i++) {
            long t = System.nanoTime();
            services.transactions().read(h -> h.createQuery(MAIN_PAYABLES_AGEING).bind("asOf", today)
                    .bind("d30", today.minusDays(30)).bind("d60", today.minusDays(60)).bind("d90", today.minusDays(90))
                    .mapToMap().list().size() + h.createQuery(MAIN_SUPPLIER_CREDITS).mapToMap().list().size()
                    + h.createQuery(MAIN_SUPPLIERS).mapToMap().list().size());
            payablesBefore.add((System.nanoTime() - t) / 1_000_000.0);
            t = System.nanoTime();
            services.transactions().read(h -> h.createQuery(NEW_PAYABLES_AGEING).bindMethods(Ageing.Edges.of(today))
                    .mapToMap().list().size() + h.createQuery(MAIN_SUPPLIER_CREDITS).mapToMap().list().size()
                    + h.createQuery(MAIN_SUPPLIERS).mapToMap().list().size());
            payablesSql.add((System.nanoTime() - t) / 1_000_000.0);
            t = System.nanoTime();
            suppliers = services.payables().ageing(today);
            payables.add((System.nanoTime() - t) / 1_000_000.0);
        }
        log.info("payables ageing: {} suppliers, {} open", suppliers.size(),
                Money.sum(suppliers.stream().map(PayablesAgeingLine::open).toList()));
        compare(results, "payablesAgeingSql", "ageing of all suppliers, its three statements (60 reads each)",
                payablesBefore, payablesSql);
        BenchmarkFigures.report(log, results, "payablesAgeing", "ageing of all suppliers through the service", payables);

        Random random = new Random(11);
        List<Double> statement = new ArrayList<>();
        int lines = 0;
        for (int i = 0; i < 200; i++) {
            long payer = PAYER0 + 1 + random.nextInt(PAYERS);
            YearMonth month = YearMonth.from(today).minusMonths(random.nextInt(120));
            long t = System.nanoTime();
            Statement s = services.receivables().statement(payer, month);
            statement.add((System.nanoTime() - t) / 1_000_000.0);
            lines += s.lines().size();
        }
        log.info("statements: {} lines on average", lines / 200);
        BenchmarkFigures.report(log, results, "statement", "one payer's month statement (200 reads)", statement);
        log.info("statement median {} ms", String.format(java.util.Locale.ROOT, "%.2f",
                BenchmarkFigures.median(statement)));

        List<Double> claimLists = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long t = System.nanoTime();
            services.claims().claims(List.of(ClaimState.DRAFTED, ClaimState.SUBMITTED, ClaimState.APPROVED,
                    ClaimState.PARTLY_APPROVED));
            claimLists.add((System.nanoTime() - t) / 1_000_000.0);
        }
        BenchmarkFigures.report(log, results, "claims", "claims waiting, oldest first (40 reads)", claimLists);
        services.close();
    }

    private static void generate(AppServices services, long order, long customer, LocalDate today, int bills,
                                 int receipts, int claims) {
        if (!present(services, "receivable_payer", PAYER0 + PAYERS)) {
            step(services, "payers", h -> h.execute("""
                INSERT INTO receivable_payer (id, payer_key, kind, customer_id, name, payment_days)
                SELECT ? + x, 'BENCH:' || x, CASE WHEN x <= ? THEN (CASE WHEN MOD(x, 2) = 0 THEN 'WARRANTY' ELSE 'INSURANCE' END)
                       ELSE 'CUSTOMER' END, CASE WHEN x <= ? THEN NULL ELSE ? END, '付款方' || x, 30
                FROM SYSTEM_RANGE(1, ?) s(x)""", PAYER0, CLAIMING, CLAIMING, customer, PAYERS));
        }
        // the change feed's row trigger on bill (decision 0057) would call Java and write a change_log row for each of
        // the 500,000 bills; a store's log is pruned after an hour, so the generated store has none: off while filling
        step(services, "change feed off", h -> h.execute("DROP TRIGGER IF EXISTS bill_changed"));
        // bill n of payer MOD(n, 1000) + 1, issued on day MOD(n * 7919, 3650) before today
        // in chunks of 50,000 rows, each its own transaction: one transaction of 500,000 kept H2's undo log growing;
        // the payer's kind and name are worked out from x as the payers' own insert does: a join on an expression
        // (p.id = ? + MOD(n, ?) + 1) read all 1,000 payers for every bill, about 1.8 ms a bill
        for (int from = 1; from <= bills; from += CHUNK) {
            int first = from;
            int last = Math.min(bills, from + CHUNK - 1);
            if (present(services, "bill", BILL0 + last)) {
                continue;
            }
            step(services, "bills " + first + "-" + last, h -> h.execute("""
                    INSERT INTO bill (id, number, invoice_year, sequence_no, kind, repair_order_id, customer_id, payer,
                                      payer_name, excess, vat_rate, labour_amount, parts_amount, other_amount,
                                      discount_amount, total, net, tax, business_day, issued_by, issued_at)
                    SELECT ? + n, 'BB' || n, 1, n, 'BILL', ?, ?,
                           CASE WHEN x > ? THEN 'CUSTOMER' WHEN MOD(x, 2) = 0 THEN 'WARRANTY' ELSE 'INSURANCE' END,
                           '付款方' || x, 0, 0.13, a, 0, 0, 0, a, a, 0,
                           DATEADD('DAY', -MOD(n * 7919, ?), CAST(? AS DATE)), 'cashier', CURRENT_TIMESTAMP
                    FROM (SELECT r AS n, MOD(r, ?) + 1 AS x, CAST(100 + MOD(r * 37, 5000) AS DECIMAL(14,2)) AS a
                          FROM SYSTEM_RANGE(?, ?) s(r)) s""", BILL0, order, customer, CLAIMING, DAYS, today, PAYERS,
                    first, last));
        }
        step(services, "change feed on", h -> h.execute("""
                CREATE TRIGGER IF NOT EXISTS bill_changed AFTER INSERT, UPDATE, DELETE ON bill
                    FOR EACH ROW CALL 'com.fours.workbench.db.ChangeLogTrigger'"""));
        for (int from = 1; from <= bills; from += CHUNK) {
            int first = from;
            int last = Math.min(bills, from + CHUNK - 1);
            if (present(services, "receivable_item", BILL0 + last)) {
                continue;
            }
            step(services, "open items " + first + "-" + last, h -> h.execute("""
                    INSERT INTO receivable_item (id, payer_id, bill_id, billed_on, due_on, amount, open_amount)
                    SELECT b.id, ? + MOD(b.sequence_no, ?) + 1, b.id, b.business_day, DATEADD('DAY', 30, b.business_day),
                           b.total, CASE WHEN b.business_day >= DATEADD('DAY', -120, CAST(? AS DATE))
                                              OR MOD(b.sequence_no, 97) = 0 THEN b.total ELSE 0 END
                    FROM bill b WHERE b.id BETWEEN ? AND ?""", PAYER0, PAYERS, today, BILL0 + first, BILL0 + last));
        }
        // receipt k pays the paid items n with MOD(n, receipts) = k (grouped once), one in 50 keeps 100.00 as credit;
        // then every k that paid nothing is a credit of 100.00 (found through the primary key, not a join)
        boolean receiptsWritten = any(services, "SELECT COUNT(*) FROM receivable_receipt WHERE id >= " + RECEIPT0);
        step(services, "receipts paying items", h -> unless(receiptsWritten, h, """
                INSERT INTO receivable_receipt (id, number, payer_id, method, amount, unapplied, reference, received_on,
                                                recorded_by, recorded_at)
                SELECT ? + k, 'SKB' || k, ? + MOD(k, ?) + 1, 'BANK_TRANSFER',
                       paid + CASE WHEN MOD(k, 50) = 0 THEN 100 ELSE 0 END,
                       CASE WHEN MOD(k, 50) = 0 THEN 100 ELSE 0 END, 'HX' || k, DATEADD('DAY', 10, last_day),
                       'cashier', CURRENT_TIMESTAMP
                FROM (SELECT k, SUM(amount) AS paid, MAX(billed_on) AS last_day
                      FROM (SELECT MOD(id - ?, ?) AS k, amount, billed_on FROM receivable_item
                            WHERE id > ? AND open_amount = 0) i GROUP BY k) c
                """, RECEIPT0, PAYER0, PAYERS, BILL0, receipts, BILL0));
        step(services, "receipts kept as credit", h -> h.execute("""
                INSERT INTO receivable_receipt (id, number, payer_id, method, amount, unapplied, reference, received_on,
                                                recorded_by, recorded_at)
                SELECT ? + r, 'SKB' || r, ? + MOD(r, ?) + 1, 'BANK_TRANSFER', 100, 100, 'HX' || r,
                       DATEADD('DAY', -MOD(r, ?), CAST(? AS DATE)), 'cashier', CURRENT_TIMESTAMP
                FROM SYSTEM_RANGE(0, ? - 1) s(r)
                WHERE NOT EXISTS (SELECT 1 FROM receivable_receipt x WHERE x.id = ? + s.r)
                """, RECEIPT0, PAYER0, PAYERS, DAYS, today, receipts, RECEIPT0));
        for (int from = 1; from <= bills; from += CHUNK) {
            int first = from;
            int last = Math.min(bills, from + CHUNK - 1);
            if (any(services, "SELECT COUNT(*) FROM receivable_allocation WHERE item_id BETWEEN " + (BILL0 + first)
                    + " AND " + (BILL0 + last))) {
                continue;
            }
            step(services, "allocations " + first + "-" + last, h -> h.execute("""
                    INSERT INTO receivable_allocation (receipt_id, item_id, amount, applied_by, applied_at)
                    SELECT ? + MOD(id - ?, ?), id, amount, 'cashier', CURRENT_TIMESTAMP
                    FROM receivable_item WHERE id BETWEEN ? AND ? AND open_amount = 0""", RECEIPT0, BILL0, receipts,
                    BILL0 + first, BILL0 + last));
        }
        // the makers' and insurers' bills are claimed: paid when their item is, else submitted, the newest drafted
        boolean claimsWritten = any(services, "SELECT COUNT(*) FROM claim WHERE item_id > " + BILL0);
        step(services, "claims", h -> unless(claimsWritten, h, """
                INSERT INTO claim (number, kind, bill_id, item_id, payer_id, state, claimed, approved, paid, drafted_on,
                                   submitted_on, decided_on, paid_on, payer_claim_no, drafted_by)
                SELECT 'SPB' || i.id, p.kind, i.bill_id, i.id, i.payer_id,
                       CASE WHEN i.open_amount = 0 THEN 'PAID' WHEN i.billed_on > DATEADD('DAY', -7, CAST(? AS DATE))
                            THEN 'DRAFTED' ELSE 'SUBMITTED' END,
                       i.amount, CASE WHEN i.open_amount = 0 THEN i.amount END,
                       CASE WHEN i.open_amount = 0 THEN i.amount ELSE 0 END,
                       DATEADD('DAY', 1, i.billed_on),
                       CASE WHEN i.billed_on <= DATEADD('DAY', -7, CAST(? AS DATE)) THEN DATEADD('DAY', 2, i.billed_on) END,
                       CASE WHEN i.open_amount = 0 THEN DATEADD('DAY', 20, i.billed_on) END,
                       CASE WHEN i.open_amount = 0 THEN DATEADD('DAY', 30, i.billed_on) END,
                       'MK' || i.id, 'cashier'
                FROM receivable_item i JOIN receivable_payer p ON p.id = i.payer_id
                WHERE i.id > ? AND p.kind <> 'CUSTOMER'
                ORDER BY i.id LIMIT ?""", today, today, BILL0, claims));
        step(services, "analyze", h -> h.execute("ANALYZE"));
    }

    /**
     * The supplier side, added once to the generated store: 200 suppliers; invoice n of supplier MOD(n, 200) + 1,
     * accepted, dated MOD(n * 7919, 3650) days before today and due 30 days later, paid when older than 90 days
     * (one in 97 of the older still open); payment k pays the paid invoices with MOD(n, payments) = k, one in 50
     * keeps 100.00 as credit. Allocations are not written: nothing measured reads them.
     */
    private static void generatePayables(AppServices services, LocalDate today, int invoices, int payments) {
        if (payments % SUPPLIERS != 0) {
            throw new IllegalArgumentException("payments must be a multiple of " + SUPPLIERS);
        }
        step(services, "suppliers", h -> h.execute("""
                INSERT INTO supplier (id, code, name, created_at)
                SELECT ? + x, 'BS' || x, '供应商' || x, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, ?) s(x)""",
                SUPPLIER0, SUPPLIERS));
        for (int from = 1; from <= invoices; from += CHUNK) {
            int first = from;
            int last = Math.min(invoices, from + CHUNK - 1);
            step(services, "supplier invoices " + first + "-" + last, h -> h.execute("""
                    INSERT INTO supplier_invoice (id, supplier_id, invoice_number, invoice_date, due_on, amount,
                                                  open_amount, status, differences, recorded_by, recorded_at)
                    SELECT ? + n, ? + MOD(n, ?) + 1, 'FP' || n, d, DATEADD('DAY', 30, d), a,
                           CASE WHEN d >= DATEADD('DAY', -90, CAST(? AS DATE)) OR MOD(n, 97) = 0 THEN a ELSE 0 END,
                           'ACCEPTED', 0, 'cashier', CURRENT_TIMESTAMP
                    FROM (SELECT r AS n, DATEADD('DAY', -MOD(r * 7919, ?), CAST(? AS DATE)) AS d,
                                 CAST(500 + MOD(r * 37, 20000) AS DECIMAL(14,2)) AS a
                          FROM SYSTEM_RANGE(?, ?) s(r)) s""", INVOICE0, SUPPLIER0, SUPPLIERS, today, DAYS, today,
                    first, last));
        }
        step(services, "supplier payments", h -> h.execute("""
                INSERT INTO supplier_payment (id, number, supplier_id, method, amount, unapplied, reference, paid_on,
                                              recorded_by, recorded_at)
                SELECT ? + k, 'FKB' || k, ? + MOD(k, ?) + 1, 'BANK_TRANSFER',
                       paid + CASE WHEN MOD(k, 50) = 0 THEN 100 ELSE 0 END,
                       CASE WHEN MOD(k, 50) = 0 THEN 100 ELSE 0 END, 'FX' || k, DATEADD('DAY', 30, last_day),
                       'cashier', CURRENT_TIMESTAMP
                FROM (SELECT k, SUM(amount) AS paid, MAX(invoice_date) AS last_day
                      FROM (SELECT MOD(id - ?, ?) AS k, amount, invoice_date FROM supplier_invoice
                            WHERE id > ? AND open_amount = 0) i GROUP BY k) c
                """, PAYMENT0, SUPPLIER0, SUPPLIERS, INVOICE0, payments, INVOICE0));
        step(services, "analyze", h -> h.execute("ANALYZE"));
    }

    /** The order and customer of the first bill generated, if any was. */
    private static Optional<long[]> firstBill(Path folder, MutableClock clock) {
        AppServices services = TestWorkbench.file(folder, clock);
        try {
            return services.transactions().read(h -> h.createQuery(
                    "SELECT repair_order_id, customer_id FROM bill WHERE id = :id").bind("id", BILL0 + 1)
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).findOne());
        } finally {
            services.close();
        }
    }

    /** True when the row with {@code id} is in {@code table} already (written by a run cut short). */
    private static boolean present(AppServices services, String table, long id) {
        return services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE id = :id")
                .bind("id", id).mapTo(Integer.class).one()) > 0;
    }

    private static boolean any(AppServices services, String query) {
        return services.transactions().read(h -> h.createQuery(query).mapTo(Integer.class).one()) > 0;
    }

    private static void unless(boolean written, org.jdbi.v3.core.Handle h, String sql, Object... args) {
        if (!written) {
            h.execute(sql, args);
        }
    }

    /** One set-based statement in its own transaction, timed. */
    private static void step(AppServices services, String what, org.jdbi.v3.core.HandleConsumer<RuntimeException> work) {
        long t = System.nanoTime();
        services.transactions().useTransaction(work);
        log.info("  {} in {} s", what, String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t) / 1e9));
    }

    private static void write(Path marker) {
        try {
            Files.writeString(marker, "generated\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
