package com.fours.workbench.backup;

import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;

/**
 * The rule that bill (invoice) and completion-certificate numbers have no gaps: per year the
 * sequence numbers run 1..n, each once, the year's counter stands at n, and no counter has moved
 * for a year without a number. A backup's check and the crash test both ask it here.
 */
public final class GaplessNumbers {

    /** A numbered document and the counter that hands out its numbers. */
    public enum Series {
        BILLS("bill", "invoice_year", "invoice_counter", "invoice_year"),
        CERTIFICATES("qc_certificate", "cert_year", "qc_certificate_counter", "cert_year");

        final String table;
        final String yearColumn;
        final String counter;
        final String counterYear;

        Series(String table, String yearColumn, String counter, String counterYear) {
            this.table = table;
            this.yearColumn = yearColumn;
            this.counter = counter;
            this.counterYear = counterYear;
        }
    }

    /** How many numbers were looked at, and what is wrong with them (nothing, as long as the rule holds). */
    public record Findings(Series series, int numbers, List<String> broken) {

        public boolean holds() {
            return broken.isEmpty();
        }
    }

    private GaplessNumbers() {
    }

    public static Findings check(Handle handle, Series series) {
        NumberingDao dao = handle.attach(NumberingDao.class);
        List<String> broken = new ArrayList<>();
        int numbers = 0;
        for (NumberingDao.YearRow y : dao.years(series.table, series.yearColumn, series.counter, series.counterYear)) {
            if (y.lowest() != 1 || y.highest() != y.numbers() || y.distinctNumbers() != y.numbers()
                    || y.counter() == null || y.counter() != y.highest()) {
                broken.add(series.table + " " + y.numberYear() + ": " + y.numbers() + " numbers (" + y.distinctNumbers()
                        + " distinct) from " + y.lowest() + " to " + y.highest() + ", counter at " + y.counter());
            }
            numbers += (int) y.numbers();
        }
        long orphans = dao.countersWithoutNumbers(series.table, series.yearColumn, series.counter, series.counterYear);
        if (orphans > 0) {
            broken.add(series.counter + ": " + orphans + " year(s) counted without a single number");
        }
        return new Findings(series, numbers, List.copyOf(broken));
    }
}
