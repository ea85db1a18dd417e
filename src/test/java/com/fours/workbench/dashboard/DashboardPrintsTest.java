package com.fours.workbench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PdfAssertions;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The monthly management report read back from its PDF (Chinese text, embedded font, charts as
 * images; its pages also written to target/dashboard-report as PNG to look at), and a chart's
 * Excel file read back, on the hand-made orders of {@link DashboardScenarios}.
 */
class DashboardPrintsTest {

    private static final MutableClock clock = MutableClock.shanghai("2026-12-07T02:00:00Z");
    private static AppServices services;

    @TempDir
    static Path folder;

    @BeforeAll
    static void store() {
        services = TestWorkbench.setUp(clock);
        new DashboardScenarios(services, clock).billTheHandMadeOrders();
    }

    @Test
    void theMonthlyReportPrintsTheFiguresAndChartsInChinese() throws Exception {
        RenderedReport report = services.dashboardPrints().monthly(LocalDate.of(2026, 12, 1), DashboardScenarios.MONDAY);
        byte[] pdf = services.reports().exportPdf(report);
        Path pictures = Path.of("target", "dashboard-report");
        Files.createDirectories(pictures);
        Files.write(pictures.resolve("dashboard-monthly-sample.pdf"), pdf);
        String text = PdfAssertions.text(pdf);
        assertThat(text).contains("经营月报", "期间：2026-12-01 至 2026-12-07", "结算台次", "客单价", "¥430.00",
                "有效工时单价", "¥393.75", "效率", "91.4%", "一次修复率", "100%", "无数据", "去年同期",
                "每日结算台次", "技师工时");
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfAssertions.assertEveryFontEmbedded(document);
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
        }
        assertThat(images).as("a chart image per chart").isEqualTo(6);
        for (int page = 0; page < report.pageCount(); page++) {
            ImageIO.write(services.reports().renderPage(report, page, 1.5f), "png",
                    pictures.resolve("page-" + (page + 1) + ".png").toFile());
        }
    }

    @Test
    void aChartWrittenToExcelReadsBackWithItsFiguresAndNoData() throws Exception {
        Messages m = Messages.forLocale(Messages.CHINESE);
        Dashboard dashboard = services.dashboard().read(LocalDate.of(2026, 12, 1), DashboardScenarios.MONDAY);
        DashboardChart workshop = DashboardCharts.charts(dashboard, m).stream()
                .filter(c -> c.id().equals(DashboardCharts.WORKSHOP)).findFirst().orElseThrow();
        Path file = folder.resolve("workshop.xlsx");
        assertThat(services.dashboardExport().export(workshop, file, m)).isEqualTo(7);
        try (ReadableWorkbook book = new ReadableWorkbook(Files.newInputStream(file))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("车间、质量与回访比率");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("本期 2026-12-01 – 2026-12-07");
            assertThat(rows.get(3).getCellText(0)).isEqualTo("效率");
            assertThat(rows.get(3).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo(new BigDecimal("91.4"));
            assertThat(rows.get(3).getCellText(2)).isEqualTo("无数据");
        }
    }

}
