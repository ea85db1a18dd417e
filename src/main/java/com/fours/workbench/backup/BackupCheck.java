package com.fours.workbench.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.parts.StockLedger;

/**
 * What a copy of the database must show before it counts as a backup: every table reads to its
 * last row, the stock equals its ledger and is never negative, and the bill and certificate
 * numbers of each year run from 1 without a gap up to their counter.
 */
final class BackupCheck {

    /** The check found something wrong; {@code kind} says where. */
    static final class Failed extends RuntimeException {
        final BackupFailure kind;

        Failed(BackupFailure kind, String detail, Throwable cause) {
            super(detail, cause);
            this.kind = kind;
        }
    }

    private BackupCheck() {
    }

    /** Checks the copy; returns what was checked as {@code name=count;...} (shown translated). */
    static String run(Transactions copy) {
        return copy.read(BackupCheck::run);
    }

    private static String run(Handle h) {
        List<String> tables = h.createQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = CURRENT_SCHEMA AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name")
                .mapTo(String.class).list();
        long rows = 0;
        for (String table : tables) {
            rows += h.createQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"").mapTo(Long.class).one();
        }
        int balances = h.createQuery("SELECT COUNT(*) FROM stock_balance").mapTo(Integer.class).one();
        List<Map<String, Object>> mismatches = StockLedger.brokenBalances(h);
        if (!mismatches.isEmpty()) {
            throw new Failed(BackupFailure.INVARIANT, "stock differs from its ledger or is negative for (part, bin) "
                    + mismatches.stream().limit(5).map(r -> "(" + r.get("part_id") + ", " + r.get("bin_id") + ")").toList(), null);
        }
        int bills = gapless(h, "bill", "invoice_year", "invoice_counter", "invoice_year");
        int certificates = gapless(h, "qc_certificate", "cert_year", "qc_certificate_counter", "cert_year");
        return "tables=" + tables.size() + ";rows=" + rows + ";balances=" + balances + ";bills=" + bills
                + ";certificates=" + certificates;
    }

    /** Per year: numbers 1..n each once, and the counter at n. Returns how many numbers were checked. */
    private static int gapless(Handle h, String table, String yearColumn, String counter, String counterYear) {
        List<Map<String, Object>> years = h.createQuery("SELECT t." + yearColumn + " AS y, COUNT(*) AS n, "
                + "COUNT(DISTINCT t.sequence_no) AS distinct_n, MIN(t.sequence_no) AS lo, MAX(t.sequence_no) AS hi, "
                + "MAX(c.last_number) AS counted FROM " + table + " t LEFT JOIN " + counter + " c ON c." + counterYear
                + " = t." + yearColumn + " GROUP BY t." + yearColumn).mapToMap().list();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Map<String, Object> year : years) {
            long n = ((Number) year.get("n")).longValue();
            long distinct = ((Number) year.get("distinct_n")).longValue();
            long lo = ((Number) year.get("lo")).longValue();
            long hi = ((Number) year.get("hi")).longValue();
            Number counted = (Number) year.get("counted");
            if (lo != 1 || hi != n || distinct != n || counted == null || counted.longValue() != hi) {
                broken.add(year.get("y") + ": " + n + " numbers from " + lo + " to " + hi + ", counter at " + counted);
            }
            checked += (int) n;
        }
        Long orphanCounters = h.createQuery("SELECT COUNT(*) FROM " + counter + " c WHERE c.last_number > 0 AND NOT EXISTS "
                + "(SELECT 1 FROM " + table + " t WHERE t." + yearColumn + " = c." + counterYear + ")").mapTo(Long.class).one();
        if (orphanCounters > 0) {
            broken.add(orphanCounters + " year(s) counted without a single number");
        }
        if (!broken.isEmpty()) {
            throw new Failed(BackupFailure.INVARIANT, table + " numbers not gapless: " + broken, null);
        }
        return checked;
    }
}
