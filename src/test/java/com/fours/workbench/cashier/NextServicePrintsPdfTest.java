package com.fours.workbench.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PdfAssertions;

/**
 * An oil service of the Camry passed QC with the store's interval kept (10,000 km or 6 months): the
 * bill and the gate pass print the next service it set (decision 0104), read back from the PDF and
 * rendered to images in target/ to be looked at.
 */
class NextServicePrintsPdfTest {

    private static final MutableClock CLOCK = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private static CashierFixture f;
    private static long order;
    private static BillDetails bill;

    @BeforeAll
    static void setUp() {
        f = new CashierFixture(CLOCK);
        f.as("zhoujie");
        f.services.maintenanceIntervals().save("广汽丰田", "凯美瑞", "10000", "6");
        order = f.readyOrder(List.of(LineInput.labour(f.repair.oilChange.id(), new BigDecimal("0.5"), Payer.CUSTOMER),
                LineInput.part(f.repair.oil.id(), new BigDecimal("4.5"), Payer.CUSTOMER)));
        bill = f.services.cashier().settle(order, f.version(order), SettlementInput.plain(), null).get(0);
        f.services.payments().pay(bill.id(), PaymentInput.today(PaymentMethod.CASH, bill.bill().total().toPlainString()));
    }

    @AfterAll
    static void tearDown() {
        f.services.close();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The next service the passed oil service set: six months on from the exit date, 10,000 km on from its reading. */
    private static String expected() {
        LocalDate exit = f.services.transactions().read(h -> h.createQuery(
                "SELECT exit_date FROM qc_release WHERE repair_order_id = :id").bind("id", order)
                .mapTo(LocalDate.class).one());
        int km = f.services.transactions().read(h -> h.createQuery(
                "SELECT exit_mileage FROM qc_release WHERE repair_order_id = :id").bind("id", order)
                .mapTo(Integer.class).one());
        return "下次保养：" + exit.plusMonths(6) + "或" + (km + 10_000) + "km，以先到者为准";
    }

    @Test
    void theBillPrintsTheNextServiceUnderTheGuarantee() throws IOException {
        byte[] pdf = f.services.reports().exportPdf(f.services.cashierPrints().bill(bill.id()));
        String text = flat(PdfAssertions.text(pdf));
        assertThat(text).contains("机动车维修结算清单", "质量保证期：至", expected(), "旧件处理", "客户签字");
        assertThat(text.indexOf("下次保养")).as("below the guarantee").isGreaterThan(text.indexOf("质量保证期"));
        look(pdf, "next-service-bill.png");
    }

    @Test
    void theGatePassPrintsTheNextServiceTheMaintenanceSet() throws IOException {
        GatePass pass = f.services.deliveries().deliver(order, f.version(order), 5, null);
        byte[] pdf = f.services.reports().exportPdf(f.services.cashierPrints().gatePass(pass));
        assertThat(flat(PdfAssertions.text(pdf))).contains("出门证", pass.number(), expected());
        look(pdf, "next-service-gate-pass.png");
    }

    /** The first page as an image in target/, at 110 dpi, for the eye; every font embedded. */
    private static void look(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfAssertions.assertEveryFontEmbedded(document);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Files.createDirectories(Path.of("target"));
            ImageIO.write(page, "png", Path.of("target", name).toFile());
        }
    }
}
