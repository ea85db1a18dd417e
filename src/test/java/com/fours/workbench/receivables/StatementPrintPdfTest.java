package com.fours.workbench.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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

/** The printed statement (对账单) read back from the PDF: the lines and balances to the cent, Chinese text, fonts embedded. */
class StatementPrintPdfTest {

    @Test
    void aFleetCustomersStatementPrintsInChineseWithItsBillsReceiptsAndBalance() throws Exception {
        try (AppServices services = TestWorkbench.setUp(MutableClock.shanghai("2026-12-01T02:00:00Z"))) {
            TestWorkbench.addUser(services, "wangfang", "Start2026", Role.CASHIER);
            services.authentication().login("wangfang", "Start2026".toCharArray());
            ReceivablePayer payer = new ReceivablePayer(1, "CUSTOMER:7", Payer.CUSTOMER, 7L, "广州顺达物流有限公司", 30);
            Statement statement = new Statement(payer, YearMonth.of(2026, 11), Money.of("1200.00"), List.of(
                    new StatementLine(LocalDate.of(2026, 11, 3), "JS2026-000311", "RO20261103-0004", "粤A8K216", null,
                            null, Money.of("300.00"), Money.ZERO, Money.of("1500.00")),
                    new StatementLine(LocalDate.of(2026, 11, 10), "SK000012", null, null, ReceiptMethod.BANK_TRANSFER,
                            "HX202611100031", Money.ZERO, Money.of("1000.00"), Money.of("500.00")),
                    new StatementLine(LocalDate.of(2026, 11, 18), "JS2026-000356", "RO20261118-0002", "粤AD3312", null,
                            null, Money.of("450.50"), Money.ZERO, Money.of("950.50"))),
                    Money.of("750.50"), Money.of("1000.00"), Money.of("950.50"), Money.of("30000.00"),
                    LocalDate.of(2026, 12, 1));

            RenderedReport report = services.statementPrint().render(statement, Messages.forLocale(Messages.CHINESE));
            byte[] pdf = services.reports().exportPdf(report);
            Files.write(Path.of("target", "statement-sample.pdf"), pdf);

            assertThat(report.pageCount()).isEqualTo(1);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = PdfAssertions.text(document);
                assertThat(text).contains("对账单 2026-11", "客户：广州顺达物流有限公司", "期间 2026-11-01 至 2026-11-30；账期 30 天",
                        "挂账额度 ¥30,000.00", "上期结余", "¥1,200.00", "JS2026-000311", "RO20261103-0004 粤A8K216",
                        "¥300.00", "¥1,500.00", "SK000012", "银行转账 HX202611100031", "¥1,000.00", "¥500.00",
                        "¥450.50", "¥950.50", "本月合计 / 期末余额", "¥750.50",
                        "上期结余 ¥1,200.00 + 本期挂账 ¥750.50 - 本期收款 ¥1,000.00 = 期末余额 ¥950.50",
                        "客户确认（盖章）", "本店经办");
                PdfAssertions.assertEveryFontEmbedded(document);
            }
        }
    }
}
