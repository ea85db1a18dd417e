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
        BILLS("bill JS", "(SELECT invoice_year, sequence_no FROM bill WHERE series = 'JS')", "invoice_year",
                "invoice_counter", "invoice_year"),
        // parts-sale bills and their credit bills share the bill table, with their own counter (decision 0103)
        PARTS_SALE_BILLS("bill XS", "(SELECT invoice_year, sequence_no FROM bill WHERE series = 'XS')", "invoice_year",
                "(SELECT counter_year, last_number FROM parts_sale_counter WHERE series = 'XS')", "counter_year"),
        CERTIFICATES("qc_certificate", "qc_certificate", "cert_year", "qc_certificate_counter", "cert_year");

        final String name;
        final String table;
        final String yearColumn;
        final String counter;
        final String counterYear;

        Series(String name, String table, String yearColumn, String counter, String counterYear) {
            this.name = name;
            this.table = table;
            this.yearColumn = yearColumn;
            this.counter = counter;
            this.counterYear = counterYear;
        }

        /** What the series numbers, as a finding names it. */
        public String label() {
            return name;
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
                broken.add(series.name + " " + y.numberYear() + ": " + y.numbers() + " numbers (" + y.distinctNumbers()
                        + " distinct) from " + y.lowest() + " to " + y.highest() + ", counter at " + y.counter());
            }
            numbers += (int) y.numbers();
        }
        long orphans = dao.countersWithoutNumbers(series.table, series.yearColumn, series.counter, series.counterYear);
        if (orphans > 0) {
            broken.add(series.name + " counter: " + orphans + " year(s) counted without a single number");
        }
        return new Findings(series, numbers, List.copyOf(broken));
    }
}
