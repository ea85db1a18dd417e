package com.fours.workbench.parts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.JRParameter;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;

/**
 * The variance report ({@code reports/stocktake_variance.jrxml}): every line whose count differs from
 * what was expected, in quantity and at the frozen unit cost, with the gains, the losses and the net
 * value, for the manager who approves it.
 */
public final class StocktakeVarianceReport {

    public static final String REPORT_NAME = "stocktake_variance";

    /** One line with a variance, every value formatted for print. */
    public record Row(String bin, String partNumber, String name, String unit, String book, String expected,
                      String counted, String variance, String unitCost, String value, boolean recounted) {
    }

    public record Header(String storeName, String stocktakeNumber, String scope, String status, String frozenAt,
                         String approvedBy, String printedBy, String printedAt) {

        public Header {
            Objects.requireNonNull(storeName, "storeName");
            Objects.requireNonNull(stocktakeNumber, "stocktakeNumber");
        }
    }

    /** Gains, losses and their sum, to the fen; the number of lines counted and of lines with a variance. */
    public record Totals(Money gain, Money loss, Money net, int lines, int linesWithVariance) {

        public static Totals of(List<StocktakeLine> lines) {
            BigDecimal gain = BigDecimal.ZERO;
            BigDecimal loss = BigDecimal.ZERO;
            int differing = 0;
            for (StocktakeLine l : lines) {
                if (l.varianceValue() == null || l.varianceQuantity() == null || l.varianceQuantity().signum() == 0) {
                    continue;
                }
                differing++;
                if (l.varianceValue().signum() > 0) {
                    gain = gain.add(l.varianceValue());
                } else {
                    loss = loss.add(l.varianceValue());
                }
            }
            return new Totals(Money.of(gain), Money.of(loss), Money.of(gain.add(loss)), lines.size(), differing);
        }
    }

    private StocktakeVarianceReport() {
    }

    /** The rows of the lines with a variance, by bin and part number. */
    public static List<Row> rows(List<StocktakeLine> lines, Messages messages) {
        return lines.stream().filter(l -> l.varianceQuantity() != null && l.varianceQuantity().signum() != 0)
                .map(l -> new Row(l.binCode(), l.partNumber(), l.name(Formats.of(messages.locale())), messages.of(l.unit()),
                        Quantity.display(l.bookQuantity()), Quantity.display(l.expectedQuantity()),
                        Quantity.display(l.effectiveCount()), signed(Quantity.display(l.varianceQuantity())),
                        Money.of(l.unitCost()).format(messages.locale()),
                        Money.of(l.varianceValue()).format(messages.locale()), l.recountRequired()))
                .toList();
    }

    private static String signed(String number) {
        return number.startsWith("-") || "0".equals(number) ? number : "+" + number;
    }

    public static RenderedReport render(ReportEngine engine, Messages messages, Header header, Totals totals,
                                        List<Row> rows) {
        Map<String, Object> parameters = parameters(messages, header, totals);
        return engine.render(REPORT_NAME, (String) parameters.get("TITLE"), parameters, rows);
    }

    public static Map<String, Object> parameters(Messages messages, Header header, Totals totals) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, messages.locale());
        p.put("STORE_NAME", header.storeName());
        p.put("TITLE", messages.get("stocktake.print.variance.title"));
        p.put("STOCKTAKE_NUMBER", header.stocktakeNumber());
        p.put("SCOPE", header.scope());
        p.put("STATUS", header.status());
        p.put("FROZEN_AT", header.frozenAt());
        p.put("APPROVED_BY", header.approvedBy());
        p.put("PRINTED_BY", header.printedBy());
        p.put("PRINTED_AT", header.printedAt());
        p.put("TOTAL_GAIN", totals.gain().format(messages.locale()));
        p.put("TOTAL_LOSS", totals.loss().format(messages.locale()));
        p.put("TOTAL_NET", totals.net().format(messages.locale()));
        p.put("SUMMARY", messages.get("stocktake.print.variance.summary", totals.lines(), totals.linesWithVariance()));
        p.put("LABEL_NUMBER", messages.get("stocktake.print.number"));
        p.put("LABEL_SCOPE", messages.get("stocktake.print.scope"));
        p.put("LABEL_STATUS", messages.get("stocktake.print.status"));
        p.put("LABEL_FROZEN_AT", messages.get("stocktake.print.frozenAt"));
        p.put("LABEL_APPROVED_BY", messages.get("stocktake.print.approvedBy"));
        p.put("LABEL_PRINTED_BY", messages.get("reporting.document.printedBy"));
        p.put("LABEL_PRINTED_AT", messages.get("reporting.document.printedAt"));
        p.put("LABEL_BIN", messages.get("stocktake.print.column.bin"));
        p.put("LABEL_PART_NUMBER", messages.get("stocktake.print.column.partNumber"));
        p.put("LABEL_NAME", messages.get("stocktake.print.column.name"));
        p.put("LABEL_UNIT", messages.get("stocktake.print.column.unit"));
        p.put("LABEL_BOOK", messages.get("stocktake.print.column.book"));
        p.put("LABEL_EXPECTED", messages.get("stocktake.print.column.expected"));
        p.put("LABEL_COUNTED", messages.get("stocktake.print.column.counted"));
        p.put("LABEL_VARIANCE", messages.get("stocktake.print.column.variance"));
        p.put("LABEL_UNIT_COST", messages.get("stocktake.print.column.unitCost"));
        p.put("LABEL_VALUE", messages.get("stocktake.print.column.value"));
        p.put("LABEL_RECOUNTED", messages.get("stocktake.print.recounted"));
        p.put("LABEL_GAIN", messages.get("stocktake.print.variance.gain"));
        p.put("LABEL_LOSS", messages.get("stocktake.print.variance.loss"));
        p.put("LABEL_NET", messages.get("stocktake.print.variance.net"));
        p.put("LABEL_NONE", messages.get("stocktake.print.variance.none"));
        p.put("LABEL_SIGNATURE", messages.get("stocktake.print.variance.signature"));
        p.put("LABEL_PAGE_OF", messages.get("reporting.document.pageOf"));
        return p;
    }
}
