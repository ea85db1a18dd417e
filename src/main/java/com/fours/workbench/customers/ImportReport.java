package com.fours.workbench.customers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;

/**
 * What an import did, or why it did nothing. When any row is refused ({@link #imported()} false)
 * nothing was written and {@link #rejections()} says, row by row and field by field, what to fix;
 * otherwise the counts say what was created, and {@link #lines()} also lists the rows whose vehicle
 * went to a customer already in the archive, and warnings that did not stop the import.
 *
 * <p>Reasons are message keys with arguments, so each user reads them in their own language.
 */
public record ImportReport(String fileName, int rows, int customersCreated, int vehiclesCreated,
                           int vehiclesForExistingCustomers, int existingCustomersFound, List<Line> lines,
                           List<String> ignoredHeaders) {

    private static final Logger log = LoggerFactory.getLogger(ImportReport.class);
    private static final int MAX_VALUE_SHOWN = 100;

    public enum Severity {
        /** The row cannot be imported as it is; nothing of the file was written. */
        REJECTED,
        /** Imported, but worth a look (a plate already on another vehicle). */
        WARNING,
        /** Imported onto a customer already in the archive. */
        EXISTING_CUSTOMER
    }

    /**
     * One finding about one cell. {@code row} is the row number as Excel shows it (the header is
     * row 1 of a plain list); {@code header} is the column's title in the file, or null when the
     * file has no such column; {@code columnIndex} is -1 then.
     */
    public record Line(Severity severity, int row, ArchiveColumn column, String header, int columnIndex, String value,
                       String key, List<Object> arguments) {

        public Line {
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
            value = value == null ? "" : shortened(value);
        }

        Line(Severity severity, int row, ArchiveColumn column, String header, int columnIndex, String value,
             BusinessRuleException reason) {
            this(severity, row, column, header, columnIndex, value, reason.messageKey(), Arrays.asList(reason.arguments()));
        }

        /** The column as the clerk finds it in the file ("手机 (C)"), or its name when the file lacks it. */
        public String columnText(Messages messages) {
            if (header == null || columnIndex < 0) {
                return messages.get(column.labelKey());
            }
            return header.strip() + " (" + columnLetters(columnIndex) + ")";
        }

        public String reasonText(Messages messages) {
            return messages.of(new BusinessRuleException(key, arguments.toArray()));
        }
    }

    public ImportReport {
        lines = List.copyOf(lines);
        ignoredHeaders = List.copyOf(ignoredHeaders);
    }

    /** True when the file was imported; false when a row was refused and nothing was written. */
    public boolean imported() {
        return rejections().isEmpty();
    }

    public List<Line> rejections() {
        return of(Severity.REJECTED);
    }

    public List<Line> warnings() {
        return of(Severity.WARNING);
    }

    public List<Line> existingCustomers() {
        return of(Severity.EXISTING_CUSTOMER);
    }

    /** How many rows have at least one refusal. */
    public int rejectedRows() {
        return (int) rejections().stream().mapToInt(Line::row).distinct().count();
    }

    private List<Line> of(Severity severity) {
        return lines.stream().filter(l -> l.severity() == severity).toList();
    }

    /**
     * Writes every line (refusals first) as a sheet the clerk can keep next to the file while
     * fixing it: an .xlsx, or for any other name a CSV in UTF-8 with BOM so Excel shows the Chinese.
     */
    public void save(Path file, Messages messages) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(messages.get("archive.import.report.row"), messages.get("archive.import.report.column"),
                messages.get("archive.import.report.value"), messages.get("archive.import.report.reason"),
                messages.get("archive.import.report.kind")));
        for (Severity severity : Severity.values()) {
            for (Line line : of(severity)) {
                table.add(List.of(String.valueOf(line.row()), line.columnText(messages), line.value(),
                        line.reasonText(messages), severityText(severity, messages)));
            }
        }
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                writeXlsx(file, table, messages);
            } else {
                writeCsv(file, table);
            }
        } catch (IOException e) {
            log.warn("The import report could not be written to {}", file, e);
            throw new BusinessRuleException("archive.import.report.saveFailed", file.getFileName().toString());
        }
    }

    private static String severityText(Severity severity, Messages messages) {
        return switch (severity) {
            case REJECTED -> messages.get("archive.import.report.rejected");
            case WARNING -> messages.get("archive.import.report.warning");
            case EXISTING_CUSTOMER -> messages.get("archive.import.report.existing");
        };
    }

    private void writeXlsx(Path file, List<List<String>> table, Messages messages) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "4S Workbench", "1.0");
            Worksheet sheet = workbook.newWorksheet(messages.get("archive.import.report.sheet"));
            for (int r = 0; r < table.size(); r++) {
                List<String> row = table.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (r > 0 && c == 0) {
                        sheet.value(r, c, Integer.parseInt(row.get(c)));
                    } else {
                        sheet.value(r, c, row.get(c));
                    }
                }
            }
            sheet.range(0, 0, 0, table.get(0).size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            sheet.width(0, 8);
            sheet.width(1, 22);
            sheet.width(2, 30);
            sheet.width(3, 70);
            sheet.width(4, 14);
            workbook.finish();
        }
    }

    private static void writeCsv(Path file, List<List<String>> table) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
                for (List<String> row : table) {
                    printer.printRecord(row.stream().map(ImportReport::noFormula).toList());
                }
            }
        }
    }

    /** A value starting with = + - @ would be run as a formula when Excel opens the CSV. */
    private static String noFormula(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String shortened(String value) {
        String text = value.strip();
        return text.length() <= MAX_VALUE_SHOWN ? text : text.substring(0, MAX_VALUE_SHOWN) + "…";
    }

    /** 0 is A, 25 is Z, 26 is AA: the letters Excel shows above a column. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }
}
