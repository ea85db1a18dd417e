package com.fours.workbench.backup;

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
        BackupCheckDao dao = h.attach(BackupCheckDao.class);
        List<String> tables = dao.tables();
        long rows = 0;
        for (String table : tables) {
            rows += dao.rows("\"" + table.replace("\"", "\"\"") + "\"");
        }
        int balances = dao.balances();
        List<Map<String, Object>> mismatches = StockLedger.brokenBalances(h);
        if (!mismatches.isEmpty()) {
            throw new Failed(BackupFailure.INVARIANT, "stock differs from its ledger or is negative for (part, bin) "
                    + mismatches.stream().limit(5).map(r -> "(" + r.get("part_id") + ", " + r.get("bin_id") + ")").toList(), null);
        }
        int bills = gapless(h, GaplessNumbers.Series.BILLS) + gapless(h, GaplessNumbers.Series.PARTS_SALE_BILLS);
        int certificates = gapless(h, GaplessNumbers.Series.CERTIFICATES);
        return "tables=" + tables.size() + ";rows=" + rows + ";balances=" + balances + ";bills=" + bills
                + ";certificates=" + certificates;
    }

    /** The numbers of the series, checked; returns how many there are. */
    private static int gapless(Handle h, GaplessNumbers.Series series) {
        GaplessNumbers.Findings found = GaplessNumbers.check(h, series);
        if (!found.holds()) {
            throw new Failed(BackupFailure.INVARIANT, series.label() + " numbers not gapless: " + found.broken(), null);
        }
        return found.numbers();
    }
}
