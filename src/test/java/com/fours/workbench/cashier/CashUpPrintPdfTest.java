package com.fours.workbench.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PdfAssertions;
import com.fours.workbench.testing.TestWorkbench;

/** The printed cash-up read back from the PDF: totals to the cent, Chinese text, the font embedded. */
class CashUpPrintPdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private AppServices services;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(MutableClock.shanghai("2026-11-27T10:30:00Z"));
        TestWorkbench.addUser(services, "wangfang", "Start2026", Role.CASHIER);
        services.authentication().login("wangfang", "Start2026".toCharArray());
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    /** A closed day: cash with change and a refund, WeChat, a card, a warranty claim on account, a void. */
    static CashUpFigures closedDay() {
        return new CashUpFigures(DAY, List.of(
                new CashUpFigures.MethodLine(PaymentMethod.CASH, 3, Money.of("1368.50"), 1, Money.of("100.00")),
                new CashUpFigures.MethodLine(PaymentMethod.BANK_CARD, 1, Money.of("2450.00"), 0, Money.ZERO),
                new CashUpFigures.MethodLine(PaymentMethod.WECHAT_PAY, 2, Money.of("899.99"), 0, Money.ZERO),
                new CashUpFigures.MethodLine(PaymentMethod.ALIPAY, 0, Money.ZERO, 0, Money.ZERO),
                new CashUpFigures.MethodLine(PaymentMethod.BANK_TRANSFER, 0, Money.ZERO, 0, Money.ZERO),
                new CashUpFigures.MethodLine(PaymentMethod.ON_ACCOUNT, 1, Money.of("760.00"), 0, Money.ZERO)),
                List.of(new CashUpFigures.PayerLine(Payer.CUSTOMER, 6, Money.of("4818.49"), Money.of("4618.49")),
                        new CashUpFigures.PayerLine(Payer.WARRANTY, 1, Money.of("760.00"), Money.of("760.00")),
                        new CashUpFigures.PayerLine(Payer.INSURANCE, 0, Money.ZERO, Money.ZERO)),
                new CashUpFigures.Tally(7, Money.of("5478.49")), new CashUpFigures.Tally(1, Money.of("100.00")),
                new CashUpFigures.Tally(1, Money.of("333.33")), new CashUpFigures.Tally(2, Money.of("57.10")),
                List.of(new CashUpFigures.VoidLine("2026-000142", "2026-000139", Money.of("333.33"), "客户信息开错", "周杰")),
                Money.of("1500.00"), Money.of("131.50"), Money.of("100.00"),
                new CashDayClosed(DAY, LocalDateTime.of(2026, 11, 27, 18, 5), "王芳", Money.of("500.00"),
                        Money.of("1768.50"), Money.of("1766.50"), Money.of("-2.00"), "找零时少收两元"));
    }

    @Test
    void theClosedDayPrintsItsTotalsToTheCentInChineseWithTheFontEmbedded() throws Exception {
        RenderedReport report = services.cashUpPrint().render(closedDay(), null, null, Messages.forLocale(Messages.CHINESE));
        byte[] pdf = services.reports().exportPdf(report);
        Path sample = Path.of("target", "cash-up-sample.pdf");
        Files.write(sample, pdf);

        assertThat(report.pageCount()).isEqualTo(1);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfAssertions.text(document);
            assertThat(text).contains("广州骏达丰田汽车销售服务有限公司", "日结报表 2026-11-27", "已日结：王芳，2026-11-27 18:05",
                    "按支付方式", "现金", "微信支付", "¥1,368.50", "¥2,450.00", "¥899.99", "¥5,478.49", "¥5,378.49",
                    "按付款方", "客户", "¥4,818.49", "¥4,618.49",
                    "退款", "作废（红字结算单）", "¥333.33", "折扣", "¥57.10",
                    "备用金", "¥500.00", "收取现金", "¥1,500.00", "找零", "-¥131.50", "现金退款", "-¥100.00",
                    "应有现金", "¥1,768.50", "实点现金", "¥1,766.50", "差额", "-¥2.00", "原因：找零时少收两元",
                    "作废的结算单", "2026-000142", "2026-000139", "原因：客户信息开错", "收银员", "复核人");
            PdfAssertions.assertEveryFontEmbedded(document);
        }
    }

    @Test
    void anOpenDayPrintsAsAPreviewWithTheCountTypedSoFar() throws Exception {
        CashUpFigures open = closedDay();
        open = new CashUpFigures(open.businessDay(), open.methods(), open.payers(), open.payments(), open.refunds(),
                open.voids(), open.discounts(), List.of(), open.cashTaken(), open.changeGiven(), open.cashRefunded(), null);
        RenderedReport report = services.cashUpPrint().render(open, Money.of("200.00"), Money.of("1470.00"),
                Messages.forLocale(Messages.CHINESE));

        String text = PdfAssertions.text(services.reports().exportPdf(report));
        assertThat(text).contains("尚未日结（预览）", "¥1,468.50", "¥1,470.00", "¥1.50").doesNotContain("作废的结算单");
    }
}
