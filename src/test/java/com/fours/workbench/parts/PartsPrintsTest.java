package com.fours.workbench.parts;

import static com.fours.workbench.parts.WarehouseFixture.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PdfAssertions;

/** The purchase order and the issue slip, filled from the database and read back from the PDF. */
class PartsPrintsTest {

    private static final Messages CHINESE = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private WarehouseFixture w;

    @BeforeEach
    void setUp() {
        w = new WarehouseFixture(clock);
        w.as("zhaolei");
    }

    @AfterEach
    void tearDown() {
        w.services.close();
    }

    private String text(RenderedReport report) throws IOException {
        byte[] pdf = w.services.reports().exportPdf(report);
        // kept for a person to look at: target/parts-prints/<title>.pdf
        java.nio.file.Path folder = java.nio.file.Path.of("target", "parts-prints");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.write(folder.resolve(report.title().replaceAll("[^A-Za-z0-9-]", "_") + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfAssertions.assertEveryFontEmbedded(document);
            return PdfAssertions.text(document);
        }
    }

    @Test
    void thePurchaseOrderPrintsItsLinesAndTotalInChinese() throws IOException {
        PurchaseOrder order = w.services.purchasing().createOrder(w.supplier.id(), List.of(
                new OrderLineInput(w.filter.id(), q("20"), Money.of("18.50")),
                new OrderLineInput(w.oil.id(), q("40"), Money.of("52.00"))), "月度补货");

        String text = text(w.services.partsPrints().purchaseOrder(order.id(), CHINESE));

        assertThat(text).contains("广州骏达丰田汽车销售服务有限公司", "采购订单", order.orderNumber(), "广汽丰田配件中心",
                "90915-YZZE1", "机油滤清器", "08880-83718", "升", "18.50", "370.00", "2080.00", "合计", "¥2450.00",
                "月度补货", "供应商确认");
    }

    @Test
    void theIssueSlipPrintsWhatTheWorkshopTookByBin() throws IOException {
        w.as("zhoujie");
        w.services.purchasing().receiveWithoutOrder(w.supplier.id(), "GT-1", "期初库存", List.of(
                ReceiptLineInput.withoutOrder(w.filter.id(), w.a1.id(), q("10"), Money.of("20.00")),
                ReceiptLineInput.withoutOrder(w.oil.id(), w.b2.id(), q("50"), Money.of("50.00"))));
        ReservationResult filter = w.services.reservations().reserve(9100L, 91001L, w.filter.id(), q("1"));
        ReservationResult oil = w.services.reservations().reserve(9100L, 91002L, w.oil.id(), q("4.5"));
        w.services.reservations().issue(filter.reservation().id(), w.a1.id(), q("1"));
        w.services.reservations().issue(oil.reservation().id(), w.b2.id(), q("4.5"));
        w.services.reservations().returnUnused(oil.reservation().id(), q("0.5"));

        String text = text(w.services.partsPrints().issueSlip(9100L, CHINESE));

        assertThat(text).contains("维修领料单", "9100", "A-01-01", "90915-YZZE1", "B-02-03", "08880-83718",
                "丰田全合成机油 0W-20", "4.5", "0.5", "共发料 2 项", "领料人（车间）", "发料人（仓库）");
    }
}
