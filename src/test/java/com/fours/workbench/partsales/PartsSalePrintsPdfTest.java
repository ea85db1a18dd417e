package com.fours.workbench.partsales;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PdfAssertions;

/**
 * The price list, the delivery note and the parts-sale bill, filled from a real database, read back
 * from the PDF (Chinese text, embedded fonts) and rendered as images (target/partsales-prints) to look at.
 */
class PartsSalePrintsPdfTest {

    private static final Messages CHINESE = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private static final Path OUT = Path.of("target", "partsales-prints");
    private static CashierFixture f;

    @BeforeAll
    static void store() {
        f = new CashierFixture(MutableClock.shanghai("2026-11-27T02:00:00Z"));
        f.as("zhoujie");
    }

    @AfterAll
    static void close() {
        f.services.close();
    }

    /** The PDF's text; its first page is kept as a PNG and must not be blank. */
    private static String text(RenderedReport report, String name) throws IOException {
        byte[] pdf = f.services.reports().exportPdf(report);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfAssertions.assertEveryFontEmbedded(document);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", OUT.resolve(name + ".png").toFile());
            assertThat(page.getWidth()).isLessThan(page.getHeight()).as("A4 portrait");
            assertThat(darkPixels(page, 0, page.getHeight() / 8)).as("a title at the top").isGreaterThan(200);
            return PdfAssertions.text(document);
        }
    }

    private static int darkPixels(BufferedImage image, int fromY, int toY) {
        int dark = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void thePriceListPrintsRatesOperationsAndPartsWithItsDayAndExportsToExcel(@TempDir Path folder) throws IOException {
        String text = text(f.services.priceList().print(CHINESE), "price-list");
        assertThat(text).contains("价格公示", "执行日期：2026-11-27", "工时单价", "维修项目及工时", "常用配件零售价",
                "ALIGN-01", "四轮定位", "1.2", "504.00", "420.00", "90915-YZZE1", "机油滤清器", "45.00", "含增值税");
        assertThat(text).as("brake pads are a common part too").contains("04465-33450", "前刹车片", "520.00");

        Path file = folder.resolve("价格公示.xlsx");
        int rows = f.services.priceList().exportExcel(file, CHINESE);
        List<String> lines = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(Files.newInputStream(file))) {
            for (Row row : book.getFirstSheet().read()) {
                lines.add(row.stream().map(c -> c == null ? "" : c.getRawValue() == null ? "" : c.getRawValue())
                        .reduce((a, b) -> a + "|" + b).orElse(""));
            }
        }
        assertThat(lines.get(0)).startsWith("价格公示");
        assertThat(lines.get(1)).contains("2026-11-27");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ALIGN-01|四轮定位").matches(".*\\|504(\\.0+)?"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("90915-YZZE1|机油滤清器").matches(".*\\|45(\\.0+)?"));
        assertThat(rows).isGreaterThan(5);
        int audited = f.services.transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action IN ('PRICE_LIST_PRINTED', 'PRICE_LIST_EXPORTED')")
                .mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void theDeliveryNoteAndTheBillPrintTheSaleInChinese() throws IOException {
        var garage = f.repair.customer;
        f.services.partsSales().setTradeDiscount(garage.id(), "10");
        PartsSale order = f.services.partsSales().create(garage.id(), null,
                List.of(SaleLineInput.of(f.repair.filter.id(), "2")));
        PartsSale picked = f.services.partsSales().pick(order.id(), order.version());

        String note = text(f.services.partsSalePrints().deliveryNote(picked.id(), CHINESE), "delivery-note");
        assertThat(note).contains("配件销售单 / 送货单", order.number(), "张伟", "90915-YZZE1", "机油滤清器", "40.50",
                "81.00", "¥81.00", "同行价：零售价优惠 10 %", "客户签收", "已拣货");

        BillDetails bill = f.services.partsSales().bill(order.id(), "1.00", "整数", null);
        f.services.payments().pay(bill.id(), PaymentInput.today(PaymentMethod.WECHAT_PAY, "80.00"));
        String printed = text(f.services.partsSalePrints().bill(bill.id(), CHINESE), "parts-sale-bill");
        assertThat(printed).contains("配件销售结算单", bill.number(), order.number(), "张伟", "优惠：1.00", "¥80.00",
                "增值税 9.20", "微信支付 80.00", "已付清 80.00", "收银员");
        assertThat(printed).as("a bill paid in full says so, not 'unpaid 0.00'").doesNotContain("未付");
        assertThat(bill.bill().tax().amount()).isEqualByComparingTo(new BigDecimal("9.20"));
    }
}
