package com.fours.workbench.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.core.Money;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.testing.MutableClock;

class CatalogImportTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private WarehouseFixture w;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() {
        w = new WarehouseFixture(clock);
        w.as("zhaolei");
    }

    @AfterEach
    void tearDown() {
        w.services.close();
    }

    private Path csv(String text) throws Exception {
        Path file = folder.resolve("catalog.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aGoodCatalogIsImportedWithBinsSuppliersAndFixedPrices() throws Exception {
        Path file = csv("""
                配件目录 2026
                配件编号,名称,英文名称,品牌,规格,单位,类别,条码,再订货点,再订货量,标价,货位,供应商编码
                04152-YZZA6,机油滤清器,Oil filter,丰田,卡罗拉,个,滤清器,6942000000011,10,40,,A-01-01,GTMC-PC
                08880-84517,丰田机油 5W-30,Engine oil 5W-30,丰田,1L,升,机油,,60,200,,B-02-03,
                MI-2155517-PS4,轮胎 215/55R17,Tyre,米其林,PRIMACY 4,个,轮胎,,4,8,980.00,,
                """);
        CatalogImportReport report = w.services.catalogImport().importFile(file);

        assertThat(report.rejections()).isEmpty();
        assertThat(report.partsCreated()).isEqualTo(3);
        Part filter = w.services.parts().lookup("6942000000011").orElseThrow();
        assertThat(filter.partNumber()).isEqualTo("04152-YZZA6");
        assertThat(filter.reorderQuantity()).isEqualByComparingTo("40");
        assertThat(w.services.parts().binsOf(filter.id())).extracting(Bin::code).containsExactly("A-01-01");
        Part oil = w.services.parts().lookup("08880-84517").orElseThrow();
        assertThat(oil.unit()).isEqualTo(PartUnit.LITRE);
        Part tyre = w.services.parts().lookup("MI-2155517-PS4").orElseThrow();
        assertThat(tyre.pricePolicy()).isEqualTo(PricePolicy.FIXED);
        assertThat(tyre.listPrice()).isEqualTo(Money.of("980.00"));
    }

    @Test
    void anyBadRowStopsTheWholeImportAndEveryFindingIsReported() throws Exception {
        Path file = csv("""
                配件编号,名称,单位,类别,再订货点,标价,货位
                04152-YZZA6,机油滤清器,个,滤清器,2.5,,A-01-01
                90915-YZZE1,机油滤清器,个,滤清器,5,,
                04465-33450,前刹车片,副,制动,2,458.005,
                04152-YZZA6,机油滤清器,个,滤清器,5,,Z-99-99
                17801-0H050,空气滤芯,个,滤清器,5,,
                """);
        CatalogImportReport report = w.services.catalogImport().importFile(file);

        assertThat(report.imported()).isFalse();
        assertThat(report.rejections()).extracting(CatalogImportReport.Rejection::row,
                CatalogImportReport.Rejection::column, CatalogImportReport.Rejection::key).containsExactlyInAnyOrder(
                tuple(2, "再订货点", "quantity.invalid.fraction"),
                tuple(3, "配件编号", "part.invalid.numberExists"),
                tuple(4, "单位", "catalog.import.unknownUnit"),
                tuple(4, "标价", "money.invalid.tooManyDecimals"),
                tuple(5, "货位", "catalog.import.unknownBin"),
                tuple(5, "配件编号", "catalog.import.numberTwice"));
        assertThat(w.services.parts().lookup("17801-0H050")).as("the good row is not written either").isEmpty();
        assertThat(w.services.parts().lookup("04152-YZZA6")).isEmpty();
    }

    @Test
    void anExcelCatalogIsReadToo() throws Exception {
        Path file = folder.resolve("catalog.xlsx");
        try (OutputStream out = Files.newOutputStream(file); Workbook book = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = book.newWorksheet("配件");
            String[] header = {"Part number", "Name", "Unit", "Category", "Barcode"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, "90919-01253");
            sheet.value(1, 1, "铱金火花塞");
            sheet.value(1, 2, "pcs");
            sheet.value(1, 3, "IGNITION");
            sheet.value(1, 4, 4_987_654_321_098L);
        }
        CatalogImportReport report = w.services.catalogImport().importFile(file);
        assertThat(report.rejections()).isEmpty();
        assertThat(w.services.parts().lookup("4987654321098")).map(Part::partNumber).contains("90919-01253");
    }

    @Test
    void onlyWhoKeepsThePartsMasterMayImport() throws Exception {
        Path file = csv("配件编号,名称,单位,类别\n1,a,个,其他\n");
        w.as("lina");
        assertThatThrownBy(() -> w.services.catalogImport().importFile(file)).isInstanceOf(AccessDeniedException.class);
    }
}
