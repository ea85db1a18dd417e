package com.fours.workbench.care;

import static com.fours.workbench.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.cashier.CouponKind;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PdfAssertions;

/**
 * The complaint record and the monthly satisfaction report, filled from a real H2 store and read back
 * from the PDF: the Chinese text embedded in the bundled font, and the figures of hand-made data. Each
 * is also written as a PDF and a page image under target/ to be looked at.
 */
class CarePrintsPdfTest {

    private ComplaintFixture x;
    private CareFixture f;

    @AfterEach
    void close() {
        if (x != null) {
            x.close();
        }
        if (f != null) {
            f.services.close();
        }
    }

    @Test
    void theComplaintRecordCarriesTheCarTheVisitTheWordsEveryStepTheDeadlinesAndTheClosure() throws IOException {
        MutableClock clock = MutableClock.shanghai("2026-12-07T01:00:00Z");
        x = new ComplaintFixture(clock);
        ComplaintService complaints = x.complaints;
        Complaint c = x.record(ComplaintCategory.REPAIR_QUALITY);
        clock.advance(Duration.ofMinutes(90));                       // past the 1-hour acknowledgement
        c = complaints.acknowledge(c.id(), c.version(), "已致电客户致歉");
        c = complaints.investigate(c.id(), c.version(), "路试复现异响", "刹车片未按规定打磨", "机电二组");
        clock.advance(Duration.ofMinutes(30));                       // 2 h after receipt: inside the 3 hours
        c = complaints.agreeSolution(c.id(), c.version(), "免费更换刹车片并赠送一次保养");
        c = complaints.giveGoodwill(c.id(), c.version(), CouponKind.VALUE, "200", "2027-03-31", "下次保养免工时费");
        clock.advance(Duration.ofHours(20));
        c = complaints.confirm(c.id(), c.version(), true, "客户表示满意");
        x.as("zhoujie");
        c = complaints.close(c.id(), c.version());
        x.as("care");
        x.services.correctiveActions().add(c.id(), "刹车作业后必须路试并记录", "王刚", "2026-12-31");

        RenderedReport report = x.services.carePrints().complaint(c.id());
        byte[] pdf = x.services.reports().exportPdf(report);
        Files.write(Path.of("target", "complaint-record-sample.pdf"), pdf);
        writeImage(report, x.services.reports(), "complaint-record-sample.png");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfAssertions.assertEveryFontEmbedded(document);
            assertThat(document.getNumberOfPages()).as("a seven-step record fits its one page").isEqualTo(1);
            String text = PdfAssertions.text(document).replaceAll("[ \\t]+\\n", "\n");
            assertThat(text).contains("客户投诉处理单", "编号：" + c.number(), "张伟", "138", "粤A·12345", "广汽丰田 凯美瑞",
                    x.f.vehicle.vin().toString(), c.repairOrderNumber(), "电话", "维修质量", "刹车还是有异响，修了两次都没好",
                    "回应客户", "提出解决方案", "超时", "按时",
                    "受理", "已致电客户致歉", "路试复现异响", "刹车片未按规定打磨", "机电二组", "免费更换刹车片并赠送一次保养",
                    c.goodwillCoupon(), "¥200.00", "2027-03-31", "刹车作业后必须路试并记录", "王刚", "2026-12-31",
                    "客户对处理结果满意", "客户表示满意", "结案", "处理人签字", "服务经理签字", "客户签字");
            // acknowledged 10:30 against 10:00: late; solution 11:00 against 12:00 and resolved the next day: on time
            assertThat(text).contains("2026-12-07 10:00", "2026-12-07 10:30", "2026-12-07 12:00", "2026-12-07 11:00");
            assertThat(count(text, "超时")).isEqualTo(1);
            assertThat(count(text, "按时")).isEqualTo(2 + 1);         // two rows and the column heading 是否按时
        }

        x.as("lina");
        long id = c.id();
        assertThat(catchThrowable(() -> x.services.carePrints().complaint(id))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theMonthlyReportCountsTheMonthsCallbacksCsiUnhappyAnswersAndComplaintsByCategory() throws IOException {
        MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");  // 10:00 in the store
        f = new CareFixture(clock);
        long happy = f.delivered(CareFixture.oilChange(), 5);
        long unhappy = f.delivered(CareFixture.oilChange(), 3);
        long wrong = f.delivered(CareFixture.oilChange(), 4);
        clock.advance(Duration.ofDays(3).plusHours(1));               // 11-30 11:00: all three due today
        f.as("huangli");
        CallbackService callbacks = f.services.callbacks();
        Questionnaire q = f.services.questionnaires().current();
        callbacks.recordReached(callbackOf(happy).id(), callbackOf(happy).version(), answers(q, 5, 5, 5, 5), null);
        // weights 1,2,1,1 on 1-5: 13/20 = 65.00, question 2 under the threshold 3
        callbacks.recordReached(callbackOf(unhappy).id(), callbackOf(unhappy).version(), answers(q, 5, 2, 4, 5),
                "刹车还有点响");
        callbacks.recordCall(callbackOf(wrong).id(), callbackOf(wrong).version(), CallbackOutcome.WRONG_NUMBER, null, null);

        ComplaintService complaints = f.services.complaints();
        Complaint raised = complaints.raise(unhappy, callbackOf(unhappy).id(), "刹车还有点响", ComplaintChannel.CALLBACK);
        long vehicle = f.services.transactions().read(h -> h.attach(ComplaintDao.class).orderVehicle(happy)).orElseThrow();
        long agent = f.services.session().user().orElseThrow().id();
        Complaint attitude = complaints.record(new ComplaintInput(vehicle, happy, ComplaintChannel.COUNTER,
                ComplaintCategory.SERVICE_ATTITUDE, ComplaintSeverity.LOW, "前台接待不耐烦", agent, null));
        attitude = complaints.acknowledge(attitude.id(), attitude.version(), "当面致歉");
        attitude = complaints.agreeSolution(attitude.id(), attitude.version(), "店长致歉");
        attitude = complaints.confirm(attitude.id(), attitude.version(), true, "满意");
        f.as("zhoujie");
        complaints.close(attitude.id(), attitude.version());
        clock.advance(Duration.ofHours(2));                          // the raised one is now past its hour
        f.as("huangli");

        RenderedReport report = f.services.carePrints().month(YearMonth.of(2026, 11));
        byte[] pdf = f.services.reports().exportPdf(report);
        Files.write(Path.of("target", "care-monthly-sample.pdf"), pdf);
        writeImage(report, f.services.reports(), "care-monthly-sample.png");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfAssertions.assertEveryFontEmbedded(document);
            String text = PdfAssertions.text(document).replaceAll("[ \\t]+", " ");
            assertThat(text).contains("月度客户满意度报告", "2026年11月", "回访率", "接通率", "（目标 100%）", "本店 CSI",
                    "各服务顾问 CSI", "各技师 CSI", "各班组 CSI", "不满意回答", "各类别投诉");
            // three due, two reached, one closed unreached (a wrong number): 2/3 reached
            assertThat(line(text, "应回访")).contains("应回访 3").contains("已回访 3");
            assertThat(line(text, "已接通")).contains("已接通 2").contains("无法联系 1");
            assertThat(line(text, "回访率")).contains("66.7%（目标 100%）");
            // (100 + 65) / 2
            assertThat(line(text, "本店 CSI")).contains("82.5");
            assertThat(text).contains("2 份，不满意 1 份");
            assertThat(text).contains("第2题 对维修质量是否满意：2/5", "备注：刹车还有点响", callbackOf(unhappy).orderNumber());
            assertThat(text).doesNotContain(callbackOf(happy).orderNumber() + " ");
            // the callback's complaint (other) is past its hour; the counter's (attitude) closed on time
            assertThat(line(text, "服务态度")).endsWith("服务态度 1 1 0");
            assertThat(line(text, "其他")).endsWith("其他 1 0 1");
            assertThat(line(text, "合计")).endsWith("合计 2 1 1");
            assertThat(raised.category()).isEqualTo(ComplaintCategory.OTHER);
        }

        refused("care.print.monthInFuture", () -> f.services.carePrints().month(YearMonth.of(2026, 12)));
        f.as("chenjing");
        assertThat(catchThrowable(() -> f.services.carePrints().month(YearMonth.of(2026, 11))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Callback callbackOf(long order) {
        return f.services.transactions().read(h -> h.attach(CallbackDao.class).ofOrder(order)).orElseThrow();
    }

    private static Map<Long, Integer> answers(Questionnaire q, int... values) {
        Map<Long, Integer> answers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(q.questions().get(i).id(), values[i]);
        }
        return answers;
    }

    private static void writeImage(RenderedReport report, com.fours.workbench.reporting.ReportEngine engine, String name)
            throws IOException {
        BufferedImage page = engine.renderPage(report, 0, 1.5f);
        ImageIO.write(page, "png", Path.of("target", name).toFile());
    }

    /** The line of the text that holds {@code fragment}. */
    private static String line(String text, String fragment) {
        return text.lines().filter(l -> l.contains(fragment)).findFirst().orElse("").strip();
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
