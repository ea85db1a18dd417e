package com.fours.workbench.cashier;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fours.workbench.core.i18n.Messages;

/**
 * The two files of one day's health records for the provincial system: a JSON document and a CSV
 * table, both UTF-8 (the CSV with a BOM so Excel shows the Chinese). The CSV has one column per
 * data element and one row per repair item or part, the visit's elements repeated on each row, so
 * nothing is joined into one cell and nothing is lost.
 */
public final class HealthRecordFiles {

    /** The standard the files follow, written into the JSON. */
    public static final String STANDARD = "JT/T 1132-2017";

    private HealthRecordFiles() {
    }

    /** The base name of a day's files: {@code health-record-20261127-01} for the first export of that day. */
    public static String baseName(LocalDate settlementDay, int sequence) {
        return String.format("health-record-%04d%02d%02d-%02d", settlementDay.getYear(), settlementDay.getMonthValue(),
                settlementDay.getDayOfMonth(), sequence);
    }

    /** Writes {@code <base>.json} and {@code <base>.csv} into {@code folder}; each appears whole or not at all. */
    public static List<Path> write(Path folder, String baseName, LocalDate settlementDay, List<HealthRecord> records,
                                   Messages chinese) throws IOException {
        Files.createDirectories(folder);
        Path json = folder.resolve(baseName + ".json");
        Path csv = folder.resolve(baseName + ".csv");
        writeAtomically(json, json(settlementDay, records));
        try {
            writeAtomically(csv, csv(records, chinese));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(json);
            throw e;
        }
        return List.of(json, csv);
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException atomicRefused) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // ---- JSON

    /** The JSON document of one settlement day, indented by two spaces, ending with a newline. */
    public static String json(LocalDate settlementDay, List<HealthRecord> records) {
        Json out = new Json();
        out.open('{');
        out.field("standard").string(STANDARD).next();
        out.field("settleDate").string(settlementDay.toString()).next();
        out.field("recordCount").number(records.size()).next();
        out.field("records").open('[');
        for (int i = 0; i < records.size(); i++) {
            record(out, records.get(i));
            if (i < records.size() - 1) {
                out.next();
            }
        }
        out.close(']');
        out.close('}');
        return out.text() + "\n";
    }

    private static void record(Json out, HealthRecord r) {
        out.element().open('{');
        out.field("companyName").string(r.shopName()).next();
        out.field("vin").string(r.vin()).next();
        out.field("plateNumber").string(r.plateNumber()).next();
        out.field("repairDate").string(r.repairDate().toString()).next();
        out.field("repairMileage").number(r.mileage()).next();
        out.field("settleDate").string(r.settlementDate().toString()).next();
        out.field("costListCode").string(r.settlementListNumber()).next();
        out.field("faultDescription").string(r.faultDescription()).next();
        out.field("workingHours").number(r.labourHours()).next();
        out.field("repairProjectList").open('[');
        for (int i = 0; i < r.repairItems().size(); i++) {
            HealthRecord.Item item = r.repairItems().get(i);
            out.element().open('{');
            out.field("repairProject").string(item.name()).next();
            out.field("workingHours").number(item.hours());
            out.close('}');
            if (i < r.repairItems().size() - 1) {
                out.next();
            }
        }
        out.close(']').next();
        out.field("vehiclePartsList").open('[');
        for (int i = 0; i < r.parts().size(); i++) {
            HealthRecord.Part part = r.parts().get(i);
            out.element().open('{');
            out.field("partsName").string(part.name()).next();
            out.field("partsCode").string(part.code()).next();
            out.field("partsQuantity").number(part.quantity());
            out.close('}');
            if (i < r.parts().size() - 1) {
                out.next();
            }
        }
        out.close(']');
        out.close('}');
    }

    /** Just enough of a JSON writer for these files: objects, arrays, strings and numbers, indented. */
    private static final class Json {
        private final StringBuilder text = new StringBuilder();
        private int depth;
        private boolean empty;

        Json open(char bracket) {
            text.append(bracket);
            depth++;
            empty = true;
            return this;
        }

        Json close(char bracket) {
            depth--;
            if (!empty) {
                newline();
            }
            empty = false;
            text.append(bracket);
            return this;
        }

        Json field(String name) {
            element();
            quoted(name);
            text.append(": ");
            return this;
        }

        /** Starts an element of an array (or a field) on its own line. */
        Json element() {
            empty = false;
            newline();
            return this;
        }

        Json next() {
            text.append(',');
            return this;
        }

        Json string(String value) {
            quoted(value);
            return this;
        }

        Json number(long value) {
            text.append(value);
            return this;
        }

        Json number(BigDecimal value) {
            text.append(plain(value));
            return this;
        }

        private void newline() {
            text.append('\n');
            text.append("  ".repeat(depth));
        }

        private void quoted(String value) {
            text.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> text.append("\\\"");
                    case '\\' -> text.append("\\\\");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    case '\t' -> text.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            text.append(String.format("\\u%04x", (int) c));
                        } else {
                            text.append(c);
                        }
                    }
                }
            }
            text.append('"');
        }

        String text() {
            return text.toString();
        }
    }

    // ---- CSV

    /** The CSV table: a BOM, the 13 column titles in Chinese, then one row per repair item or part. */
    public static String csv(List<HealthRecord> records, Messages chinese) throws IOException {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
            printer.printRecord(headers(chinese));
            for (HealthRecord r : records) {
                for (List<String> row : rows(r)) {
                    printer.printRecord(row);
                }
            }
        }
        return out.toString();
    }

    private static List<String> headers(Messages m) {
        return List.of(m.get("healthRecord.column.shopName"), m.get("healthRecord.column.vin"),
                m.get("healthRecord.column.plateNumber"), m.get("healthRecord.column.repairDate"),
                m.get("healthRecord.column.mileage"), m.get("healthRecord.column.settlementDate"),
                m.get("healthRecord.column.settlementListNumber"), m.get("healthRecord.column.faultDescription"),
                m.get("healthRecord.column.repairItem"), m.get("healthRecord.column.labourHours"),
                m.get("healthRecord.column.partName"), m.get("healthRecord.column.partCode"),
                m.get("healthRecord.column.partQuantity"));
    }

    private static List<List<String>> rows(HealthRecord r) {
        List<String> visit = List.of(r.shopName(), r.vin(), r.plateNumber(), r.repairDate().toString(),
                String.valueOf(r.mileage()), r.settlementDate().toString(), r.settlementListNumber(),
                r.faultDescription());
        List<List<String>> rows = new ArrayList<>();
        for (HealthRecord.Item item : r.repairItems()) {
            rows.add(row(visit, item.name(), plain(item.hours()), "", "", ""));
        }
        for (HealthRecord.Part part : r.parts()) {
            rows.add(row(visit, "", "", part.name(), part.code(), plain(part.quantity())));
        }
        if (rows.isEmpty()) {
            rows.add(row(visit, "", "", "", "", ""));
        }
        return rows;
    }

    private static List<String> row(List<String> visit, String... line) {
        List<String> row = new ArrayList<>(visit);
        row.addAll(List.of(line));
        return row;
    }

    /** 0.50 → "0.5", 4.500 → "4.5", 2.000 → "2": quantities as people write them. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
