package com.fours.workbench.parts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.JRParameter;

import com.fours.workbench.core.Formats;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.reporting.ReportEngine;

/**
 * The count sheet ({@code reports/stocktake_count_sheet.jrxml}): the lines of a stocktake by bin, with
 * an empty box for the count and NO book quantity, so the count is blind. A new page per bin aisle
 * is not forced; the bin heads each group.
 */
public final class StocktakeCountSheet {

    public static final String REPORT_NAME = "stocktake_count_sheet";

    /** One line to count; on purpose without the book quantity. */
    public record Row(String bin, String partNumber, String name, String specification, String unit) {
    }

    public record Header(String storeName, String stocktakeNumber, String scope, String frozenAt, String printedBy,
                         String printedAt) {

        public Header {
            Objects.requireNonNull(storeName, "storeName");
            Objects.requireNonNull(stocktakeNumber, "stocktakeNumber");
        }
    }

    private StocktakeCountSheet() {
    }

    /** The rows of a stocktake's lines, in the order they are (by bin, then part number). */
    public static List<Row> rows(List<StocktakeLine> lines, Messages messages) {
        return lines.stream().map(l -> new Row(l.binCode(), l.partNumber(), l.name(Formats.of(messages.locale())),
                l.specification() == null ? "" : l.specification(), messages.of(l.unit()))).toList();
    }

    public static RenderedReport render(ReportEngine engine, Messages messages, Header header, List<Row> rows) {
        Map<String, Object> parameters = parameters(messages, header);
        return engine.render(REPORT_NAME, (String) parameters.get("TITLE"), parameters, rows);
    }

    public static Map<String, Object> parameters(Messages messages, Header header) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, messages.locale());
        p.put("STORE_NAME", header.storeName());
        p.put("TITLE", messages.get("stocktake.print.countSheet.title"));
        p.put("STOCKTAKE_NUMBER", header.stocktakeNumber());
        p.put("SCOPE", header.scope());
        p.put("FROZEN_AT", header.frozenAt());
        p.put("PRINTED_BY", header.printedBy());
        p.put("PRINTED_AT", header.printedAt());
        p.put("LABEL_NUMBER", messages.get("stocktake.print.number"));
        p.put("LABEL_SCOPE", messages.get("stocktake.print.scope"));
        p.put("LABEL_FROZEN_AT", messages.get("stocktake.print.frozenAt"));
        p.put("LABEL_PRINTED_BY", messages.get("reporting.document.printedBy"));
        p.put("LABEL_PRINTED_AT", messages.get("reporting.document.printedAt"));
        p.put("LABEL_BIN", messages.get("stocktake.print.column.bin"));
        p.put("LABEL_PART_NUMBER", messages.get("stocktake.print.column.partNumber"));
        p.put("LABEL_NAME", messages.get("stocktake.print.column.name"));
        p.put("LABEL_SPECIFICATION", messages.get("stocktake.print.column.specification"));
        p.put("LABEL_UNIT", messages.get("stocktake.print.column.unit"));
        p.put("LABEL_COUNTED", messages.get("stocktake.print.column.counted"));
        p.put("LABEL_NOTE", messages.get("stocktake.print.column.note"));
        p.put("LABEL_BLIND_HINT", messages.get("stocktake.print.countSheet.hint"));
        p.put("LABEL_COUNTED_BY", messages.get("stocktake.print.countedBy"));
        p.put("LABEL_CHECKED_BY", messages.get("stocktake.print.checkedBy"));
        p.put("LABEL_LINE_COUNT", messages.get("stocktake.print.lineCount"));
        p.put("LABEL_PAGE_OF", messages.get("reporting.document.pageOf"));
        return p;
    }
}
