package com.fours.workbench.repair;

import static com.fours.workbench.repair.RepairFixture.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.Money;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.testing.MutableClock;

/** The work order and the estimate, filled from a real plan and read back from the PDF. */
class RepairPrintsPdfTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private RepairFixture f;

    @BeforeEach
    void setUp() {
        f = new RepairFixture(clock);
        RepairOrderService repair = f.services.repairOrderService();
        RepairPlan plan = repair.applyCannedJob(f.orderId(), repair.plan(f.orderId()).version(), f.tenThousand.id(), false);
        plan = repair.addLine(f.orderId(), plan.version(), LineInput.labour(f.alignment.id(), q("1.2"), Payer.CUSTOMER),
                false);
        plan = repair.addLine(f.orderId(), plan.version(), LineInput.sublet("空调系统外协检测", Money.of("150.00"),
                Payer.WARRANTY), false);
        repair.approve(f.orderId(), plan.version(), ApprovalInput.counter("张伟")
                .declining(Set.of(plan.lines().get(3).id())));
    }

    @AfterEach
    void tearDown() {
        f.services.close();
    }

    @Test
    void theEstimateShowsEveryLineWithItsPriceTheDeclinedOneMarkedAndTheTotals() throws IOException {
        RenderedReport report = f.services.repairPrints().estimate(f.orderId());
        assertThat(report.pageCount()).isEqualTo(1);
        byte[] pdf = f.services.reports().exportPdf(report);
        Files.write(Path.of("target", "repair-estimate-sample.pdf"), pdf);
        String text = textOf(pdf);
        assertThat(text).contains("维修方案/估价单", "广州骏达丰田汽车销售服务有限公司", "RO20261127-0001", "粤A·12345",
                "张伟", "机油机滤更换", "0.5 小时", "¥380.00", "¥190.00", "丰田全合成机油 0W-20", "¥441.00", "四轮定位",
                "客户拒绝", "空调系统外协检测", "索赔", "工时费 ¥190.00", "材料费 ¥486.00", "其他及外协 ¥150.00",
                "合计（含税）：¥826.00", "客户支付：¥676.00", "前台签字：张伟", "客户签字");
        assertFontsEmbedded(pdf);
    }

    @Test
    void theWorkOrderListsTheWorkWithStandardHoursAndNoPrices() throws IOException {
        byte[] pdf = f.services.reports().exportPdf(f.services.repairPrints().workOrder(f.orderId()));
        Files.write(Path.of("target", "repair-work-order-sample.pdf"), pdf);
        String text = textOf(pdf);
        assertThat(text).contains("派工单", "RO20261127-0001", "机油机滤更换", "OIL-01", "0.5 小时", "空调系统外协检测",
                "做 1 万公里保养，刹车有异响", "技师", "班组长");
        assertThat(text).as("declined work is not dispatched").doesNotContain("四轮定位");
        assertThat(text).as("the workshop copy has no prices").doesNotContain("¥");
        assertFontsEmbedded(pdf);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void assertFontsEmbedded(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.getName()).contains("NotoSansSC");
                PDFontLike glyphs = font instanceof PDType0Font type0 ? type0.getDescendantFont() : font;
                assertThat(glyphs.isEmbedded()).as("%s embedded", font.getName()).isTrue();
            }
        }
    }
}
