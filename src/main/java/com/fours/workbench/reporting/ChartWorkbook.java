package com.fours.workbench.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;

/**
 * Writes a chart to an .xlsx (as the archive's export does): a title row, the categories down, one
 * column per series, figures as numbers, "no data" as text. It checks no permission and leaves no
 * audit row: the feature that exports does both (decision 0132).
 */
public final class ChartWorkbook {

    private static final Logger log = LoggerFactory.getLogger(ChartWorkbook.class);

    private ChartWorkbook() {
    }

    /** Writes {@code chart} to {@code file}, or refuses with the file's name when it cannot be written. */
    public static void save(ChartTable chart, Path file, Messages messages) {
        try {
            write(chart, file, messages);
        } catch (IOException e) {
            log.warn("The chart export could not be written to {}", file, e);
            throw new BusinessRuleException("dashboard.export.writeFailed", file.getFileName().toString());
        }
    }

    static void write(ChartTable chart, Path file, Messages messages) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "4S Workbench", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(chart.title()));
            sheet.value(0, 0, chart.title());
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, chart.categoryTitle());
            sheet.width(0, 30);
            for (int s = 0; s < chart.series().size(); s++) {
                sheet.value(1, s + 1, chart.series().get(s).name());
                sheet.width(s + 1, 28);
            }
            sheet.range(1, 0, 1, chart.series().size()).style().bold().set();
            sheet.freezePane(1, 2);
            String noData = messages.get("dashboard.noData");
            for (int r = 0; r < chart.categories().size(); r++) {
                sheet.value(r + 2, 0, chart.categories().get(r));
                for (int s = 0; s < chart.series().size(); s++) {
                    BigDecimal value = chart.series().get(s).values().get(r);
                    if (value == null) {
                        sheet.value(r + 2, s + 1, noData);
                    } else {
                        sheet.value(r + 2, s + 1, value);
                    }
                }
            }
            workbook.finish();
        }
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet's name. */
    public static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
