package com.fours.workbench.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.testing.PdfAssertions;

/** The audit-log extract filled with Chinese text and read back from the PDF. */
class AuditLogExtractPdfTest {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLogExtractPdfTest.class);
    private static final Messages CHINESE = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private static final ReportEngine ENGINE = new ReportEngine();

    static final AuditLogExtract.Header HEADER = new AuditLogExtract.Header(
            "星辰汽车销售服务有限公司 售后服务部", "2025-03-01", "2025-03-31", "李娜", "2025-04-01 09:30");

    @BeforeAll
    static void warmUp() {
        long started = System.nanoTime();
        ENGINE.exportPdf(AuditLogExtract.render(ENGINE, CHINESE, HEADER, sampleRows(3)));
        LOG.info("First fill+export in this JVM (loads the report and the fonts): {} ms", millisSince(started));
    }

    /** A mix of short and long entries; enough of them run over several pages. */
    static List<AuditLogExtract.Row> sampleRows(int count) {
        List<AuditLogExtract.Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int day = 1 + i % 28;
            String time = String.format("2025-03-%02d %02d:%02d:%02d", day, 8 + i % 10, (i * 7) % 60, (i * 13) % 60);
            rows.add(switch (i % 4) {
                case 0 -> new AuditLogExtract.Row(time, "张伟", "修改用户角色", "用户 #" + (1000 + i),
                        "角色：服务顾问", "角色：服务顾问、结算员");
                case 1 -> new AuditLogExtract.Row(time, "王芳", "价格调整", "维修工单 RO-2025-" + (300 + i),
                        "工时单价 ¥180.00，配件“机油滤清器”单价 ¥45.00",
                        "工时单价 ¥160.00，配件“机油滤清器”单价 ¥40.00；原因：老客户保养套餐优惠，经服务经理批准");
                case 2 -> new AuditLogExtract.Row(time, "admin", "作废发票", "发票 No." + (88000 + i),
                        null, "状态：已作废（红字冲销）");
                default -> new AuditLogExtract.Row(time, "刘洋", "库存调整", "配件 BP-" + (5000 + i),
                        "在库 12 件", "在库 10 件，盘点差异 -2 件：包装破损报废，已拍照留存，见盘点单 ST-2025-03");
            });
        }
        return rows;
    }

    @Test
    void chineseTextComesBackOutOfThePdf() throws IOException {
        byte[] pdf = ENGINE.exportPdf(AuditLogExtract.render(ENGINE, CHINESE, HEADER, sampleRows(6)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfAssertions.text(document);
            assertThat(text).contains("星辰汽车销售服务有限公司", "操作审计日志摘录", "张伟", "修改用户角色",
                    "角色：服务顾问、结算员", "打印人", "李娜", "2025-03-01", "2025-03-31",
                    "时间", "操作人", "修改前", "修改后", "共 6 条记录");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("操作审计日志摘录");
        }
    }

    @Test
    void manyRowsRunOverSeveralPagesNumberedPageXOfY() throws IOException {
        long started = System.nanoTime();
        RenderedReport report = AuditLogExtract.render(ENGINE, CHINESE, HEADER, sampleRows(80));
        byte[] pdf = ENGINE.exportPdf(report);
        LOG.info("Fill+export of {} pages (warm): {} ms", report.pageCount(), millisSince(started));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2).isEqualTo(report.pageCount());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = withoutSpaces(stripper.getText(document));
                assertThat(text).contains("第" + page + "页，共" + pages + "页");
            }
        }
    }

    @Test
    void englishLabelsAndFooterInEnglish() throws IOException {
        byte[] pdf = ENGINE.exportPdf(AuditLogExtract.render(ENGINE, ENGLISH, HEADER, sampleRows(80)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document);
            assertThat(text).contains("Audit log extract", "Printed by", "Before", "After", "80 entries",
                    "Page 1 of " + document.getNumberOfPages(), "张伟");
        }
    }

    @Test
    void everyFontIsEmbeddedNotoSansSc() throws IOException {
        byte[] pdf = ENGINE.exportPdf(AuditLogExtract.render(ENGINE, CHINESE, HEADER, sampleRows(40)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfAssertions.assertEveryFontEmbedded(document);
        }
    }

    @Test
    void noRowsStillPrintsTheHeaderAndSaysSo() throws IOException {
        byte[] pdf = ENGINE.exportPdf(AuditLogExtract.render(ENGINE, ENGLISH, HEADER, List.of()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(PdfAssertions.text(document))
                    .contains("Audit log extract", "No entries in this period", "Page 1 of 1");
        }
    }

    @Test
    void writesAPdfFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("审计日志.pdf");

        ENGINE.exportPdf(AuditLogExtract.render(ENGINE, CHINESE, HEADER, sampleRows(5)), file);

        assertThat(file).isRegularFile();
        assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes());
        try (var leftovers = Files.list(folder)) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void rendersAPageImageAtTheRequestedZoom() {
        RenderedReport report = AuditLogExtract.render(ENGINE, CHINESE, HEADER, sampleRows(80));
        ENGINE.renderPage(report, 0, 1f);

        long started = System.nanoTime();
        var image = ENGINE.renderPage(report, 1, 1.5f);
        LOG.info("Page image at zoom 1.5 (warm): {} ms", millisSince(started));

        assertThat(image.getWidth()).isEqualTo(Math.round(report.pageWidth() * 1.5f));
        assertThat(image.getHeight()).isEqualTo(Math.round(report.pageHeight() * 1.5f));
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
