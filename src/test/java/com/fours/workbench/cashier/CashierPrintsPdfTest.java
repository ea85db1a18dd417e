package com.fours.workbench.cashier;

import static com.fours.workbench.cashier.CashierFixture.fee;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.AuthenticatedUser;
import com.fours.workbench.security.Permission;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PdfAssertions;

/** The settlement list, the receipt, the reversal and the gate pass, filled from real bills and read back from the PDF. */
class CashierPrintsPdfTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private CashierFixture f;
    private long order;
    private BillDetails bill;

    @BeforeEach
    void setUp() {
        f = new CashierFixture(clock);
        order = f.readyOrder(List.of(LineInput.labour(f.repair.oilChange.id(), new BigDecimal("0.5"), Payer.CUSTOMER),
                LineInput.part(f.repair.filter.id(), new BigDecimal("1"), Payer.CUSTOMER),
                LineInput.part(f.repair.oil.id(), new BigDecimal("4.5"), Payer.CUSTOMER),
                fee("轮胎存放费", "3", "33.33", Payer.CUSTOMER)));
        bill = f.services.cashier().settle(order, f.version(order), SettlementInput.plain()
                .withManualDiscount("10", "老客户"), null).get(0);
        f.services.payments().pay(bill.id(), new PaymentInput(PaymentMethod.WECHAT_PAY, "500", "", ""));
        f.services.payments().pay(bill.id(), PaymentInput.today(PaymentMethod.CASH, "300"));
    }

    @AfterEach
    void tearDown() {
        f.services.close();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void theSettlementListShowsMaterialsAndLabourApartTheTotalsToTheCentInFiguresAndInWords() throws IOException {
        // 676.00 + 99.99 − 10.00 = 765.99; VAT 13 %: 88.12, pre-tax 677.87
        assertThat(bill.bill().total().toPlainString()).isEqualTo("765.99");
        RenderedReport report = f.services.cashierPrints().bill(bill.id());
        assertThat(report.pageCount()).isEqualTo(1);
        byte[] pdf = f.services.reports().exportPdf(report);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "settlement-bill-sample.pdf"), pdf);
        String text = flat(PdfAssertions.text(pdf));

        assertThat(text).contains("机动车维修结算清单", "广州骏达丰田汽车销售服务有限公司", "结算单号：JS2026-000001",
                "托修方：张伟", "粤A·12345", "材料费", "配件编码", "机油滤清器", "丰田4L", "工时费", "机油机滤更换",
                "其他费用", "轮胎存放费", "¥99.99", "¥765.99", "不含税金额¥677.87", "增值税13%¥88.12",
                "大写：柒佰陆拾伍元玖角玖分", "手工折扣¥10.00", "老客户", "微信支付¥500.00", "现金¥265.99",
                "找零¥34.01", "质检员", "收银员", "客户签字", "旧件处理",
                "sunli测试", "chenjing测试", "质量保证期：至");
        assertThat(text.indexOf("材料费")).as("materials before labour").isLessThan(text.indexOf("机油机滤更换"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfAssertions.assertEveryFontEmbedded(document);
        }
    }

    @Test
    void theReceiptIsEightyMillimetresWideAndAddsUp() throws IOException {
        RenderedReport report = f.services.cashierPrints().receipt(bill.id());
        assertThat(report.pageWidth()).isEqualTo(226);
        byte[] pdf = f.services.reports().exportPdf(report);
        Files.write(Path.of("target", "settlement-receipt-sample.pdf"), pdf);
        String text = flat(PdfAssertions.text(pdf));
        assertThat(text).contains("结算小票", "JS2026-000001", "机油滤清器", "¥765.99", "优惠：-¥10.00", "找零¥34.01");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PdfAssertions.assertEveryFontEmbedded(document);
        }
    }

    @Test
    void theReversalDocumentNamesTheVoidedBillItsReasonAndNegatedAmounts() throws IOException {
        f.services.payments().refund(bill.id(), PaymentMethod.WECHAT_PAY, "500", "作废退款", "");
        f.services.payments().refund(bill.id(), PaymentMethod.CASH, "265.99", "作废退款", "");
        AuthenticatedUser manager = f.services.authentication().approve("zhoujie", CashierFixture.PASSWORD.toCharArray(),
                Permission.VOID_INVOICES);
        BillDetails reversal = f.services.cashier().voidBill(bill.id(), "抬头开错", manager);

        byte[] pdf = f.services.reports().exportPdf(f.services.cashierPrints().bill(reversal.id()));
        Files.write(Path.of("target", "reversal-document-sample.pdf"), pdf);
        String text = flat(PdfAssertions.text(pdf));
        assertThat(text).contains("红字结算单（冲销）", "JS2026-000002", "冲销原结算单JS2026-000001", "抬头开错",
                "-¥765.99", "大写：负柒佰陆拾伍元玖角玖分");
    }

    @Test
    void theGatePassCarriesThePlateTheBillsAndTheNextMaintenance() throws IOException {
        GatePass pass = f.services.deliveries().deliver(order, f.version(order), 4, null);
        byte[] pdf = f.services.reports().exportPdf(f.services.cashierPrints().gatePass(pass));
        Files.write(Path.of("target", "gate-pass-sample.pdf"), pdf);
        String text = flat(PdfAssertions.text(pdf));
        assertThat(text).contains("出门证", pass.number(), "粤A·12345", "JS2026-000001", "客户满意度：4/5", "下次保养",
                "门卫");
    }
}
