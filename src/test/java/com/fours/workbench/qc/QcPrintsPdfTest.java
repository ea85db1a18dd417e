package com.fours.workbench.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PdfAssertions;

/** The QC report and the completion certificate, filled from a real sign-off and read back from the PDF. */
class QcPrintsPdfTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private QcFixture x;
    private long order;

    @BeforeEach
    void setUp() {
        x = new QcFixture(clock);
        order = x.orderInQc(32000);
        QcSignOff signOff = x.services.qcSignOff();
        x.as("zhangwei");
        signOff.pass(order, QcLevel.SELF_CHECK, x.allPass(order), null);
        x.as("wanggang");
        signOff.fail(order, QcLevel.RECHECK, List.of(new ItemCheck(x.torque.id(), ItemResult.FAIL, "第 3 缸力矩不足")),
                "火花塞力矩不足，重新紧固");
        x.sendToQc(order);
    }

    @AfterEach
    void tearDown() {
        x.close();
    }

    @Test
    void theCertificateCannotBePrintedBeforeTheFinalCheck() {
        x.as("sunli");
        BusinessRuleException refused = catchThrowableOfType(() -> x.services.qcPrints().certificate(order),
                BusinessRuleException.class);
        assertThat(refused.messageKey()).isEqualTo("qc.certificateBeforeFinal");
    }

    @Test
    void theReportShowsTheChecklistByLevelTheReworkAndTheThreeSignatures() throws IOException {
        x.as("zhangwei");
        x.services.qcSignOff().pass(order, QcLevel.SELF_CHECK, List.of(ItemCheck.pass(x.clean.id()),
                new ItemCheck(x.torque.id(), ItemResult.PASS, "已按 25 N·m 重新紧固")), null);
        x.as("wanggang");
        x.services.qcSignOff().pass(order, QcLevel.RECHECK, x.allPass(order), null);
        x.as("sunli");
        x.services.qcSignOff().pass(order, QcLevel.FINAL_CHECK, x.allPass(order), "32050");
        RenderedReport report = x.services.qcPrints().report(order);
        assertThat(report.pageCount()).isEqualTo(1);
        byte[] pdf = x.services.reports().exportPdf(report);
        Files.write(Path.of("target", "qc-report-sample.pdf"), pdf);
        String text = PdfAssertions.text(pdf);
        assertThat(text).contains("质量检验报告", "广州骏达丰田汽车销售服务有限公司", "RO20261127-0002", "粤A·12345",
                "火花塞拧紧力矩 25 N·m", "车辆清洁，无油污", "自检", "复检", "终检", "合格", "二级维护",
                "自检：已按 25 N·m 重新紧固", "第 1 轮 复检不合格", "火花塞力矩不足，重新紧固",
                "zhangwei 测试（维修技师）", "wanggang 测试（班组长）", "sunli 测试（质量检验员）",
                "出厂日期 2026年11月27日，出厂里程 32,050 公里", "自出厂之日起 30 日或行驶 5,000 公里");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfAssertions.assertEveryFontEmbedded(document);
        }
    }

    @Test
    void theCertificatePrintsWithItsCounterfoilOnOnePage() throws IOException {
        x.passAll(order, "32050");
        x.as("sunli");
        BusinessRuleException notIssued = catchThrowableOfType(() -> x.services.qcPrints().certificate(order),
                BusinessRuleException.class);
        assertThat(notIssued.messageKey()).isEqualTo("qc.certificateNotIssued");
        x.services.certificates().issueCertificate(order);
        RenderedReport report = x.services.qcPrints().certificate(order);
        assertThat(report.pageCount()).isEqualTo(1);
        byte[] pdf = x.services.reports().exportPdf(report);
        Files.write(Path.of("target", "completion-certificate-sample.pdf"), pdf);
        String text = PdfAssertions.text(pdf);
        assertThat(text).contains("机动车维修竣工出厂合格证", "（存根）", "JG2026-000001", "张伟", "粤A·12345", "凯美瑞",
                "二级维护", "2026年11月27日", "32,050 公里", "sunli 测试", "广州骏达丰田汽车销售服务有限公司", "020-38861234",
                "该车按维修合同维修完毕，经检验合格，准予出厂。", "至 2026年12月27日 或 37,050 公里");
        assertThat(text.split("JG2026-000001", -1)).as("on the certificate and on its counterfoil").hasSize(3);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfAssertions.assertEveryFontEmbedded(document);
        }
    }
}
