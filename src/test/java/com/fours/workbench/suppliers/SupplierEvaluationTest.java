package com.fours.workbench.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.RenderedReport;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PdfAssertions;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The supplier evaluation on the hand-made December of {@link SupplierFixture#buyDecember}, whose
 * answer is worked out there; the weights; the scorecard printed in Chinese and read back.
 */
class SupplierEvaluationTest {

    private static final MutableClock CLOCK = MutableClock.shanghai("2026-12-01T01:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 10);
    private static SupplierFixture f;

    @BeforeAll
    static void store() {
        f = new SupplierFixture(TestWorkbench.setUp(CLOCK), CLOCK);
        f.buyDecember();
    }

    @AfterAll
    static void close() {
        f.services.close();
    }

    @Test
    void theFiguresOfTheHandMadeMonthAreTheOnesWorkedOut() {
        f.as("zhaolei");
        SupplierScore s = f.services.supplierEvaluation().scorecard(f.gtmc.id(), FROM, TO);
        assertThat(s.deliveries()).isEqualTo(2);
        assertThat(s.onTimeDeliveries()).isEqualTo(1);
        assertThat(s.deliveryLines()).extracting(SupplierScore.Delivery::expected, SupplierScore.Delivery::received)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 3)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 8)));
        assertThat(s.onTimeRate()).isEqualByComparingTo("50.0");
        assertThat(s.orderedQuantity()).isEqualByComparingTo("19");
        assertThat(s.filledQuantity()).isEqualByComparingTo("17");
        assertThat(s.fillRate()).isEqualByComparingTo("89.5");
        assertThat(s.fillLines()).extracting(SupplierScore.FillLine::rate).map(BigDecimalText::of)
                .containsExactly("100.0", "50.0", "100.0");
        assertThat(s.pricedLines()).isEqualTo(3);
        assertThat(s.linesAtAgreedPrice()).isEqualTo(2);
        assertThat(s.priceRate()).isEqualByComparingTo("66.7");
        assertThat(s.priceDifference()).isEqualTo(Money.of("1.50"));
        assertThat(s.priceLines()).allMatch(SupplierScore.PriceLine::agreed);
        assertThat(s.receivedQuantity()).isEqualByComparingTo("17");
        assertThat(s.returnedQuantity()).isEqualByComparingTo("1");
        assertThat(s.returnRate()).isEqualByComparingTo("5.9");
        assertThat(s.score()).isEqualByComparingTo("69.6");

        // on the first day alone nothing was delivered, but order A, sent that day, is measured by its due
        // day (12-04): 10 + 2 of 14 = 85.7%; November holds nothing at all
        SupplierScore firstDay = f.services.supplierEvaluation().scorecard(f.gtmc.id(), FROM, FROM);
        assertThat(firstDay.deliveries()).isZero();
        assertThat(firstDay.fillLines()).extracting(SupplierScore.FillLine::orderNumber).hasSize(2);
        assertThat(firstDay.fillRate()).isEqualByComparingTo("85.7");
        assertThat(firstDay.onTimeRate()).isNull();
        assertThat(f.services.supplierEvaluation().evaluate(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).isEmpty();
        assertThatThrownBy(() -> f.services.supplierEvaluation().evaluate(TO, FROM))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("evaluation.endBeforeStart");
    }

    @Test
    void anOrderNotYetDueIsNotUnfilledAndCountsOnceDue() {
        f.as("zhaolei");
        // today (12-09) order C, due 12-12, is in no figure, even for a period reaching past its due day
        SupplierScore today = f.services.supplierEvaluation().scorecard(f.gtmc.id(), FROM, LocalDate.of(2026, 12, 31));
        assertThat(today.orderedQuantity()).isEqualByComparingTo("19");
        assertThat(today.fillRate()).isEqualByComparingTo("89.5");
        SupplierScore sentToday = f.services.supplierEvaluation().scorecard(f.gtmc.id(), LocalDate.of(2026, 12, 9),
                LocalDate.of(2026, 12, 9));
        assertThat(sentToday.fillLines()).isEmpty();
        assertThat(sentToday.fillRate()).isNull();
        f.clock.advance(java.time.Duration.ofDays(3));
        try {
            // on its due day nothing of it came: 17 of 19 + 8 = 63.0%
            SupplierScore due = f.services.supplierEvaluation().scorecard(f.gtmc.id(), FROM, TO);
            assertThat(due.orderedQuantity()).isEqualByComparingTo("27");
            assertThat(due.filledQuantity()).isEqualByComparingTo("17");
            assertThat(due.fillRate()).isEqualByComparingTo("63.0");
        } finally {
            f.clock.advance(java.time.Duration.ofDays(-3));
        }
    }

    @Test
    void theStoresWeightsChangeTheScoreAndAreAudited() {
        f.as("zhoujie");
        ScoreWeights before = f.services.supplierEvaluation().weights();
        InvalidFieldsException bad = catchThrowableOfType(() -> f.services.supplierEvaluation().saveWeights("abc", "0",
                "0", "101", "7", before.version()), InvalidFieldsException.class);
        assertThat(bad.byField()).containsOnlyKeys(ScoreWeights.ON_TIME, ScoreWeights.RETURNS);
        assertThatThrownBy(() -> f.services.supplierEvaluation().saveWeights("0", "0", "0", "0", "7", before.version()))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("evaluation.weightsAllZero");
        ScoreWeights onTimeOnly = f.services.supplierEvaluation().saveWeights("1", "0", "0", "0", "7", before.version());
        try {
            assertThat(f.services.supplierEvaluation().scorecard(f.gtmc.id(), FROM, TO).score()).isEqualByComparingTo("50.0");
            assertThat(f.services.auditLog().find(FROM, LocalDate.of(2026, 12, 31), "zhoujie"))
                    .anySatisfy(e -> assertThat(e.action()).isEqualTo("SCORE_WEIGHTS_CHANGED"));
        } finally {
            f.services.supplierEvaluation().saveWeights(String.valueOf(before.onTime()), String.valueOf(before.fillRate()),
                    String.valueOf(before.price()), String.valueOf(before.faultyReturns()),
                    String.valueOf(before.defaultLeadDays()), onTimeOnly.version());
        }
    }

    @Test
    void theScorecardPrintsInChineseAndReadsBackFromThePdf() throws IOException {
        f.as("zhoujie");
        SupplierScore s = f.services.supplierEvaluation().scorecard(f.gtmc.id(), FROM, TO);
        RenderedReport report = f.services.scorecardPrint().render(s, f.services.supplierEvaluation().weights(),
                Messages.forLocale(Messages.CHINESE));
        byte[] pdf = f.services.reports().exportPdf(report);
        Files.write(Path.of("target", "supplier-scorecard-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfAssertions.text(document);
            assertThat(text).contains("供应商评价表", "供应商：广汽丰田配件中心（GTMC-PC）", "期间 2026-12-01 至 2026-12-10",
                    "综合得分：69.6%", "准时交货率：50%（2 次交货中 1 次准时）", "订单满足率：89.5%（订购 19，到货 17）",
                    "协议价内比例：66.7%（3 行中 2 行，差额 ¥1.50）", "质量退货率：5.9%（到货 17，退回 1）",
                    "应到日期", "2026-12-06", "2026-12-08", "迟到", "满足率", "¥42.00", "¥40.00 协议价", "¥4.00",
                    "-¥2.50", "采购员（签字）");
            PdfAssertions.assertEveryFontEmbedded(document);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            ImageIO.write(page, "png", Path.of("target", "supplier-scorecard-sample.png").toFile());
            assertThat(page.getWidth()).isBetween(590, 600);
        }
    }

    /** A rate as text with its one decimal, for comparing lists of BigDecimals. */
    private static final class BigDecimalText {
        static String of(java.math.BigDecimal value) {
            return value == null ? null : value.toPlainString();
        }
    }
}
