package com.fours.workbench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The monthly management report read back from its PDF (Chinese text, embedded font, charts as
 * images; the first page also written to target/dashboard-report as PNG to look at), and a chart's
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
        Path pdf = folder.resolve("report.pdf");
        services.reports().exportPdf(report, pdf);
        String text = run(List.of("pdftotext", "-layout", pdf.toString(), "-"));
        assertThat(text).contains("经营月报", "期间：2026-12-01 至 2026-12-07", "结算台次", "客单价", "¥430.00",
                "有效工时单价", "¥393.75", "效率", "91.4%", "一次修复率", "100.0%", "无数据", "去年同期",
                "每日结算台次", "技师工时");
        assertThat(run(List.of("pdffonts", pdf.toString()))).contains("NotoSansSC").contains("Identity-H");
        String images = run(List.of("pdfimages", "-list", pdf.toString()));
        assertThat(images.lines().filter(l -> l.contains("image")).count()).isGreaterThanOrEqualTo(6);
        Path pictures = Path.of("target", "dashboard-report");
        Files.createDirectories(pictures);
        run(List.of("pdftoppm", "-png", "-r", "60", pdf.toString(), pictures.resolve("page").toString()));
        assertThat(Files.list(pictures).filter(p -> p.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(2);
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

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
