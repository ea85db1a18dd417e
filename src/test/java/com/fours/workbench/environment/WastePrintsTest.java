package com.fours.workbench.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PdfAssertions;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The monthly ledger printed in Chinese and read back from the PDF (text, embedded fonts, a page
 * rendered to an image), and the same ledger exported to Excel and read back as numbers.
 */
class WastePrintsTest {

    @Test
    void theMonthlyLedgerPrintsInChineseAndExportsTheSameFiguresToExcel(@TempDir Path folder) throws IOException {
        try (AppServices services = TestWorkbench.setUp(MutableClock.shanghai("2026-12-07T02:00:00Z"))) {
            TestWorkbench.addUser(services, "zhoujie", "Start2026", Role.SERVICE_MANAGER);
            services.authentication().login("zhoujie", "Start2026".toCharArray());
            WasteCatalogue c = services.wasteCatalogue();
            WastePlace room = c.addPlace("危废暂存间", WasteUnit.KG, new BigDecimal("1500"));
            WasteKind oil = c.addKind("HW08", "900-214-08", "废矿物油", WasteUnit.KG, room.id());
            WasteKind rags = c.addKind("HW49", "900-041-49", "含油抹布、手套", WasteUnit.KG, room.id());
            WasteHandler handler = c.addHandler("广州绿源环保科技有限公司", "440100-HW-2025-018", LocalDate.of(2027, 6, 30),
                    Set.of("HW08", "HW49"));
            WasteLedgerService ledger = services.wasteLedger();
            ledger.record(new WasteInput(oil.id(), "120", "2026-10-30", "十月积存"));
            ledger.record(new WasteInput(oil.id(), "186.5", "2026-11-12", "快保工位接油桶称重"));
            ledger.record(new WasteInput(rags.id(), "8.5", "2026-11-14", "车间含油抹布称重"));
            WasteTransfer handedOver = ledger.transfer(new TransferInput(oil.id(), handler.id(), "4401062026110018",
                    "200", "粤A·H3321", "2026-11-25", "赵磊", "陈建国"));

            LedgerReport november = services.wasteReports().month(YearMonth.of(2026, 11));
            RenderedReport report = services.wastePrints().render(november, Messages.forLocale(Messages.CHINESE));
            byte[] pdf = services.reports().exportPdf(report);
            Files.write(Path.of("target", "waste-ledger-sample.pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = PdfAssertions.text(document);
                assertThat(text).contains("危险废物管理台账 2026-11", "期间 2026-11-01 至 2026-11-30（HJ 1259-2022）",
                        "废物名称", "期初贮存", "本期产生", "本期转移", "期末贮存", "废矿物油", "HW08 900-214-08", "120",
                        "186.5", "200", "106.5", "含油抹布、手套", "8.5", "转移记录", "4401062026110018",
                        "粤A·H3321", "负责人（签字）");
                // a long line wraps inside its cell
                assertThat(text.replace("\n", "")).contains("2026-11-25 废矿物油 转移至 广州绿源环保科技有限公司，车辆 粤A·H3321，赵磊 / 陈建国");
                PdfAssertions.assertEveryFontEmbedded(document);
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
                ImageIO.write(page, "png", Path.of("target", "waste-ledger-sample.png").toFile());
                assertThat(page.getWidth()).isBetween(590, 600);
                assertThat(darkRows(page)).as("the page has ink on it: title, table and signatures")
                        .isGreaterThan(80);
            }

            RenderedReport record = services.wastePrints().renderTransfer(handedOver.id(),
                    Messages.forLocale(Messages.CHINESE));
            byte[] recordPdf = services.reports().exportPdf(record);
            Files.write(Path.of("target", "waste-transfer-sample.pdf"), recordPdf);
            try (PDDocument document = Loader.loadPDF(recordPdf)) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
                String text = PdfAssertions.text(document);
                assertThat(text).contains("危险废物转移记录 4401062026110018", "产生单位：广州骏达丰田汽车销售服务有限公司",
                        "联单编号", "废物名称", "废矿物油", "HW08 900-214-08", "200 千克", "接收单位", "广州绿源环保科技有限公司",
                        "440100-HW-2025-018，有效期至 2027-06-30，类别 HW08、HW49", "运输车辆", "粤A·H3321", "转移日期",
                        "2026-11-25", "移出人（签字）：赵磊", "接收人（签字）：陈建国");
                PdfAssertions.assertEveryFontEmbedded(document);
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
                ImageIO.write(page, "png", Path.of("target", "waste-transfer-sample.png").toFile());
                assertThat(darkRows(page)).as("title, ten lines of the record and the signatures").isGreaterThan(100);
            }

            Path file = folder.resolve("ledger.xlsx");
            int written = services.wastePrints().export(november, file, Messages.forLocale(Messages.CHINESE));
            List<List<String>> rows = new ArrayList<>();
            try (ReadableWorkbook book = new ReadableWorkbook(Files.newInputStream(file))) {
                book.getFirstSheet().openStream().forEach((Row r) -> {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) {
                        cells.add(r.getCellText(i));
                    }
                    rows.add(cells);
                });
            }
            assertThat(rows).hasSize(written + 2);
            assertThat(rows.get(1)).startsWith("废物名称", "废物代码", "单位", "期初贮存");
            List<String> oilRow = rows.stream().filter(r -> r.get(0).equals("废矿物油")).findFirst().orElseThrow();
            assertThat(oilRow.subList(3, 7)).containsExactly("120", "186.5", "200", "106.5");
        }
    }

    private static int darkRows(BufferedImage page) {
        int rows = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xFF) < 128) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }
}
