package com.fours.workbench.parts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.reporting.ReportEngine;
import com.fours.workbench.testing.PdfAssertions;

/** The count sheet and the variance report filled in Chinese and read back from the PDF. */
class StocktakePrintsPdfTest {

    private static final Messages CHINESE = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private static final ReportEngine ENGINE = new ReportEngine();

    /** Book quantities no other number on the page has, so their absence proves a blind sheet. */
    private static List<StocktakeLine> lines() {
        return List.of(
                line(1, "08880-83718", "丰田全合成机油 0W-20", "4L", PartUnit.LITRE, "A-01-01", "137.000", "52.00",
                        "136.500", false, null, "137.000", "-0.500", "-26.00"),
                line(2, "90915-YZZE1", "机油滤清器", null, PartUnit.PCS, "A-01-01", "241.000", "18.50",
                        "238.000", true, "239.000", "240.000", "-1.000", "-18.50"),
                line(3, "04465-02220", "前刹车片", "卡罗拉 E170", PartUnit.SET, "B-02-03", "359.000", "250.00",
                        "361.000", false, null, "359.000", "2.000", "500.00"),
                line(4, "28100-0V050", "蓄电池 55B24L", null, PartUnit.PCS, "C-03-01", "463.000", "420.00",
                        "463.000", false, null, "463.000", "0.000", "0.00"));
    }

    private static StocktakeLine line(long id, String number, String name, String spec, PartUnit unit, String bin,
                                      String book, String cost, String counted, boolean recount, String recounted,
                                      String expected, String variance, String value) {
        return new StocktakeLine(id, 7, id, number, name, null, spec, unit, id, bin, new BigDecimal(book),
                new BigDecimal(cost), new BigDecimal(counted), recount, recounted == null ? null : new BigDecimal(recounted),
                new BigDecimal(expected), new BigDecimal(variance), new BigDecimal(value));
    }

    @Test
    void theCountSheetListsEveryLineByBinInChineseWithoutBookQuantities() throws IOException {
        var header = new StocktakeCountSheet.Header("广州骏达丰田汽车销售服务有限公司", "盘点单 7", "全库盘点",
                "2026年11月27日 10:00", "赵磊", "2026年11月27日 10:05");
        List<StocktakeCountSheet.Row> rows = new ArrayList<>(StocktakeCountSheet.rows(lines(), CHINESE));
        byte[] pdf = ENGINE.exportPdf(StocktakeCountSheet.render(ENGINE, CHINESE, header, rows));
        keep("stocktake_count_sheet.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfAssertions.text(document);
            assertThat(text).contains("广州骏达丰田汽车销售服务有限公司", "库存盘点表", "盘点单 7", "全库盘点", "赵磊",
                    "货位：A-01-01", "货位：B-02-03", "货位：C-03-01", "丰田全合成机油 0W-20", "机油滤清器", "前刹车片",
                    "卡罗拉 E170", "升", "实盘数", "盘点人", "复核人", "行数：4");
            assertThat(text).as("a blind count shows no book quantity")
                    .doesNotContain("137", "241", "359", "463", "账面数");
            PdfAssertions.assertEveryFontEmbedded(document);
        }
    }

    @Test
    void theVarianceReportShowsQuantityAndValueWithTotalsInChinese() throws IOException {
        var header = new StocktakeVarianceReport.Header("广州骏达丰田汽车销售服务有限公司", "盘点单 7", "全库盘点",
                "已审批", "2026年11月27日 10:00", "周杰", "周杰", "2026年11月27日 16:40");
        List<StocktakeLine> all = lines();
        byte[] pdf = ENGINE.exportPdf(StocktakeVarianceReport.render(ENGINE, CHINESE, header,
                StocktakeVarianceReport.Totals.of(all), StocktakeVarianceReport.rows(all, CHINESE)));
        keep("stocktake_variance.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfAssertions.text(document);
            assertThat(text).contains("盘点差异报告", "审批人：周杰", "账面数", "应有数", "差异数", "差异金额",
                    "丰田全合成机油 0W-20", "-0.5", "-¥26.00", "239 *", "-¥18.50", "+2", "¥500.00",
                    "盘盈：", "¥500.00", "盘亏：", "-¥44.50", "净差异：", "¥455.50", "共盘点 4 行，其中 3 行有差异",
                    "* 已复盘", "服务经理审批（签字）");
            assertThat(text).as("a line without a variance is left out").doesNotContain("蓄电池");
            PdfAssertions.assertEveryFontEmbedded(document);
        }
    }

    @Test
    void aCountWithoutVariancesSaysSo() throws IOException {
        var header = new StocktakeVarianceReport.Header("广州骏达丰田汽车销售服务有限公司", "盘点单 8", "按类别 机油",
                "已盘点，待审批", "2026年11月27日 10:00", "", "赵磊", "2026年11月27日 11:00");
        List<StocktakeLine> none = List.of(lines().get(3));
        byte[] pdf = ENGINE.exportPdf(StocktakeVarianceReport.render(ENGINE, CHINESE, header,
                StocktakeVarianceReport.Totals.of(none), StocktakeVarianceReport.rows(none, CHINESE)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(PdfAssertions.text(document)).contains("无差异：实盘与账面一致。", "净差异：", "¥0.00");
        }
    }

    /** The PDF for a person to look at: target/prints/NAME. */
    private static void keep(String name, byte[] pdf) throws IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "prints");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.write(folder.resolve(name), pdf);
    }
}
