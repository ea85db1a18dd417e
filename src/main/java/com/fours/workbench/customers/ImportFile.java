package com.fours.workbench.customers;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;

/**
 * Reads the rows of a customer list as texts, the way the clerk sees them in Excel: a CSV in UTF-8
 * (with or without BOM), UTF-16 with BOM, or GB18030 (what Excel in China saves as "CSV"); comma,
 * semicolon or tab separated. Or the first sheet of an .xlsx, where a phone number stored as a
 * number stays 13812345678 and a date cell becomes 2023-05-01. Public so the parts catalog import
 * reads its files the same way.
 */
public final class ImportFile {

    /** One row of the file; {@code number} as Excel shows it (the first row is 1). */
    public record SourceRow(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ImportFile.class);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Built-in Excel number formats that show a date (14-22, 27-36 and 50-58 in a Chinese Excel, 45-47 times). */
    private static final Set<Integer> DATE_FORMAT_IDS = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50,
            51, 52, 53, 54, 57, 58);

    private ImportFile() {
    }

    public static List<SourceRow> read(Path file, int maxRows) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return readXlsx(file, maxRows);
            }
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return readCsv(Files.readAllBytes(file), maxRows);
            }
            if (name.endsWith(".xls")) {
                throw new BusinessRuleException("archive.import.file.oldExcel");
            }
            throw new BusinessRuleException("archive.import.file.unsupported", file.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException refusal) {
                throw refusal;
            }
            log.warn("Cannot read the import file {}", file, e);
            throw new UnreadableFileException(file.getFileName().toString(), e);
        }
    }

    /** The file is damaged or not what its name says; the cause is logged, the clerk is told in words. */
    static final class UnreadableFileException extends BusinessRuleException {
        UnreadableFileException(String fileName, Exception cause) {
            super("archive.import.file.unreadable", fileName);
            initCause(cause);
        }
    }

    // ---- CSV

    static List<SourceRow> readCsv(byte[] bytes, int maxRows) throws IOException {
        String text = decode(bytes);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).build();
        List<SourceRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() > maxRows) {
                    throw tooManyRows(maxRows);
                }
                rows.add(new SourceRow((int) record.getRecordNumber(), record.toList()));
            }
        }
        return rows;
    }

    /** UTF-8 when the bytes are valid UTF-8 (or carry its BOM), UTF-16 by its BOM, otherwise GB18030. */
    static String decode(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return new String(bytes, UTF8_BOM.length, bytes.length - UTF8_BOM.length, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            String text = new String(bytes, StandardCharsets.UTF_16);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    /** The separator that splits the first line into the most fields, outside quotes. */
    static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (comma + semicolon + tab > 0) {
                    break;
                }
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    // ---- XLSX

    static List<SourceRow> readXlsx(Path file, int maxRows) throws IOException {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            if (read == head.length && ReadableWorkbook.isOLE2Header(head)) {
                throw new BusinessRuleException("archive.import.file.oldExcel");
            }
        }
        List<SourceRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = sheet.iterator();
            while (it.hasNext()) {
                if (rows.size() > maxRows) {
                    throw tooManyRows(maxRows);
                }
                Row row = it.next();
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                rows.add(new SourceRow(row.getRowNum(), cells));
            }
        }
        return rows;
    }

    /** A cell as the clerk sees it: whole numbers without ".0" or exponent, dates as yyyy-MM-dd. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.asString();
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
            case FORMULA -> formulaResult(cell);
            default -> cell.getText();
        };
    }

    private static String formulaResult(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null) {
            return "";
        }
        try {
            BigDecimal number = new BigDecimal(raw);
            return isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(number);
        } catch (NumberFormatException notANumber) {
            return raw;
        }
    }

    private static String plain(BigDecimal number) {
        if (number == null) {
            return "";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && DATE_FORMAT_IDS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null || format.isBlank() || "General".equalsIgnoreCase(format)) {
            return false;
        }
        // ignore quoted text, escaped characters and [colour]/[$-804] sections, then look for y, d or m
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "").replaceAll("\\[[^]]*]", "")
                .toLowerCase(Locale.ROOT);
        boolean hasTime = bare.contains("h") || bare.contains("s");
        return bare.contains("y") || bare.contains("d") || bare.contains("m") && !hasTime;
    }

    private static BusinessRuleException tooManyRows(int maxRows) {
        return new BusinessRuleException("archive.import.file.tooManyRows", maxRows);
    }
}
