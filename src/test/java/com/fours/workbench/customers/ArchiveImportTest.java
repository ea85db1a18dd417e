package com.fours.workbench.customers;

import static com.fours.workbench.customers.ArchiveServiceTest.car;
import static com.fours.workbench.customers.ArchiveServiceTest.person;
import static com.fours.workbench.customers.ArchiveServiceTest.vin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.PlateColor;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** Customer lists from Excel and CSV: all rows or none, and a report that says which cell to fix. */
class ArchiveImportTest {

    private static final Logger log = LoggerFactory.getLogger(ArchiveImportTest.class);
    static final String HEADER = "客户名称,手机,其他电话,地址,会员等级,备注,车架号,车牌号,品牌,车型,年款,发动机号,车身颜色,"
            + "初次登记日期,行驶里程,保险到期,下次保养日期,下次保养里程";
    static final String VIN_1 = vin("LVGBE40K5NG0", "10001");
    static final String VIN_2 = vin("LFMAP22C3M00", "10002");
    static final String VIN_3 = vin("LGXC16DF5N00", "10003");

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;
    private Jdbi database;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "zhoujie", "Start2026", Role.SERVICE_MANAGER);
        TestWorkbench.addUser(services, "zhaolei", "Start2026", Role.WAREHOUSE_CLERK);
        services.authentication().login("zhoujie", "Start2026".toCharArray());
        var settings = services.databaseSettings();
        database = Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    /** Four rows: a customer with two cars (same mobile, written two ways), a company with a landline, one without a car. */
    static List<String> goodRows() {
        return List.of(
                "张伟,13812345678,,广州市天河区体育西路1号,金卡,老客户,%s,粤A12345,广汽丰田,凯美瑞,2022,A25A1234567,珍珠白,2022-03-15,\"31,000\",2027-03-14,2027-01-10,40000"
                        .formatted(VIN_1),
                "张伟,138 1234 5678,,,,,%s,粤a·54321,一汽丰田,卡罗拉,2020,,,2020/5/1,52000,,,".formatted(VIN_2),
                "广州骏达物流有限公司,,020-38861234,广州市黄埔区,,,%s,粤AD12345,比亚迪,汉EV,2023,,,2023年6月1日,8000 km,,,"
                        .formatted(VIN_3),
                "李娜,13987654321,,,,,,,,,,,,,,,,");
    }

    private Path csv(String name, Charset charset, boolean bom, String header, List<String> rows) throws IOException {
        StringBuilder text = new StringBuilder(header).append("\r\n");
        rows.forEach(r -> text.append(r).append("\r\n"));
        byte[] body = text.toString().getBytes(charset);
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(body);
        }
        return file;
    }

    record Counts(long customers, long vehicles, long entries, long grams, long readings, long imports) {
    }

    private Counts counts() {
        return database.withHandle(h -> new Counts(
                count(h, "customer"), count(h, "vehicle"), count(h, "search_entry"), count(h, "search_gram"),
                count(h, "mileage_reading"),
                h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'ARCHIVE_IMPORTED'").mapTo(Long.class).one()));
    }

    private static long count(org.jdbi.v3.core.Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }

    @Test
    void aGoodCsvInUtf8WithBomIsImportedAndFound() throws IOException {
        Path file = csv("客户名单.csv", StandardCharsets.UTF_8, true, HEADER, goodRows());

        ImportReport report = services.archiveImport().importFile(file);

        assertThat(report.imported()).isTrue();
        assertThat(report.lines()).isEmpty();
        assertThat(report).extracting(ImportReport::rows, ImportReport::customersCreated, ImportReport::vehiclesCreated,
                ImportReport::vehiclesForExistingCustomers).containsExactly(4, 3, 3, 0);
        assertTheGoodRowsAreInTheArchive();
        assertThat(services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), "ARCHIVE_IMPORTED"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actorName()).isEqualTo("zhoujie");
                    assertThat(entry.subjectId()).isEqualTo("客户名单.csv");
                    assertThat(entry.afterValue()).contains("rows=4", "customersCreated=3", "vehiclesCreated=3");
                });
    }

    private void assertTheGoodRowsAreInTheArchive() {
        SearchHit camry = services.archiveSearch().search("粤A12345").hits().get(0);
        assertThat(camry.ownerName()).isEqualTo("张伟");
        assertThat(camry.vin()).isEqualTo(VIN_1);
        assertThat(camry.plateColor()).isEqualTo(PlateColor.BLUE);
        assertThat(services.archiveSearch().search("张伟").hits()).extracting(SearchHit::plate)
                .containsExactlyInAnyOrder("粤A12345", "粤A54321");
        Customer zhang = services.customers().find(camry.customerId());
        assertThat(zhang.memberLevel()).isEqualTo(MemberLevel.GOLD);
        assertThat(zhang.notes()).isEqualTo("老客户");
        assertThat(zhang.contactConsent()).as("an imported list records no consent").isFalse();
        assertThat(services.vehicles().ownedBy(zhang.id())).extracting(Vehicle::mileage, Vehicle::firstRegistration)
                .containsExactlyInAnyOrder(tuple(31_000, LocalDate.of(2022, 3, 15)), tuple(52_000, LocalDate.of(2020, 5, 1)));
        SearchHit company = services.archiveSearch().search("粤AD12345").hits().get(0);
        assertThat(company.ownerName()).isEqualTo("广州骏达物流有限公司");
        assertThat(company.plateColor()).isEqualTo(PlateColor.GREEN);
        assertThat(services.vehicles().card(company.vehicleId()).vehicle().firstRegistration())
                .isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(services.archiveSearch().search("李娜").hits()).singleElement()
                .extracting(SearchHit::vehicleId).isNull();
    }

    @Test
    void aCsvSavedByAChineseExcelInGb18030IsRead() throws IOException {
        Path file = csv("gbk.csv", Charset.forName("GB18030"), false, HEADER, goodRows());
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).as("not UTF-8").doesNotContain(new String("张伟".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1)).contains(new String("张伟".getBytes(Charset.forName("GB18030")),
                StandardCharsets.ISO_8859_1));

        ImportReport report = services.archiveImport().importFile(file);

        assertThat(report.imported()).isTrue();
        assertThat(report.customersCreated()).isEqualTo(3);
        assertTheGoodRowsAreInTheArchive();
    }

    @Test
    void semicolonsAndTabsSeparateToo() throws IOException {
        Path semicolons = csv("semicolons.csv", StandardCharsets.UTF_8, false, "姓名;手机;VIN;车牌",
                List.of("王芳;13500000001;%s;粤B11111".formatted(VIN_1)));
        Path tabs = csv("tabs.txt", StandardCharsets.UTF_16, false, "Name\tMobile\tFrame number\tPlate",
                List.of("王强\t13500000002\t%s\t粤B22222".formatted(VIN_2)));

        assertThat(services.archiveImport().importFile(semicolons).vehiclesCreated()).isEqualTo(1);
        assertThat(services.archiveImport().importFile(tabs).vehiclesCreated()).isEqualTo(1);
        assertThat(services.archiveSearch().search("粤B22222").hits()).extracting(SearchHit::ownerName).containsExactly("王强");
    }

    @Test
    void aGoodXlsxKeepsNumbersAsTheyWereTypedAndReadsDateCells() throws IOException {
        Path file = folder.resolve("档案.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            Worksheet sheet = workbook.newWorksheet("客户");
            sheet.value(0, 0, "客户车辆档案（2026年）");
            String[] header = {"Name", "Mobile", "VIN", "Plate", "Brand", "Model year", "First registration",
                    "Mileage (km)", "Next service mileage"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(1, c, header[c]);
            }
            sheet.value(2, 0, "王芳");
            sheet.value(2, 1, 13512345678L);
            sheet.value(2, 2, VIN_1);
            sheet.value(2, 3, "粤A12345");
            sheet.value(2, 4, "广汽丰田");
            sheet.value(2, 5, 2021);
            sheet.value(2, 6, LocalDate.of(2021, 4, 30));
            sheet.style(2, 6).format("yyyy-mm-dd").set();
            sheet.value(2, 7, 12000.0);
            sheet.value(2, 8, 20000.0);
            sheet.value(3, 0, "王强");
            sheet.value(3, 1, "135 0000 0002");
            sheet.value(3, 2, VIN_2);
            sheet.value(3, 6, LocalDate.of(2019, 12, 1));
            sheet.style(3, 6).format("yyyy/m/d").set();
            sheet.value(3, 7, 98765);
            workbook.finish();
        }

        ImportReport report = services.archiveImport().importFile(file);

        assertThat(report.imported()).as(report.lines().toString()).isTrue();
        assertThat(report.vehiclesCreated()).isEqualTo(2);
        SearchHit wang = services.archiveSearch().search("13512345678").hits().get(0);
        assertThat(wang.ownerName()).isEqualTo("王芳");
        assertThat(wang.phone()).isEqualTo("135 1234 5678");
        Vehicle first = services.vehicles().card(wang.vehicleId()).vehicle();
        assertThat(first.vin().toString()).isEqualTo(VIN_1);
        assertThat(first.modelYear()).isEqualTo(2021);
        assertThat(first.firstRegistration()).isEqualTo(LocalDate.of(2021, 4, 30));
        assertThat(first.mileage()).isEqualTo(12_000);
        assertThat(first.nextServiceMileage()).isEqualTo(20_000);
        Vehicle second = services.vehicles().card(services.archiveSearch().search(VIN_2).hits().get(0).vehicleId()).vehicle();
        assertThat(second.firstRegistration()).isEqualTo(LocalDate.of(2019, 12, 1));
        assertThat(second.mileage()).isEqualTo(98_765);
    }

    @Test
    void anXlsxRowIsReportedWithTheNumberExcelShowsAndUnknownColumnsAreNamed() throws IOException {
        Path file = folder.resolve("带标题.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            sheet.value(0, 0, "客户档案");
            String[] header = {"序号", "客户姓名", "联系电话", "VIN码", "联系人"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(2, c, header[c]);
            }
            sheet.value(3, 0, 1);
            sheet.value(3, 1, "王芳");
            sheet.value(3, 2, 13512345678L);
            sheet.value(3, 3, VIN_1);
            sheet.value(5, 0, 2);
            sheet.value(5, 1, "王强");
            sheet.value(5, 2, 2082345678L);
            sheet.value(5, 3, VIN_2);
            workbook.finish();
        }

        ImportReport report = services.archiveImport().importFile(file);

        assertThat(report.ignoredHeaders()).containsExactly("序号", "联系人");
        assertThat(report.rejections()).singleElement().satisfies(line -> {
            assertThat(line.row()).as("title in row 1, header in row 3, a blank row 5").isEqualTo(6);
            assertThat(line.header()).isEqualTo("联系电话");
            assertThat(line.value()).as("a landline stored as a number lost its 0").isEqualTo("2082345678");
            assertThat(line.key()).isEqualTo("phone.invalid.format");
        });
    }

    @Test
    void aFileWithBadRowsIsRefusedCellByCellAndNothingIsWritten() throws IOException {
        Customer inArchive = services.customers().create(person("陈静", "13600000000"), false);
        String archiveVin = vin("LFV2A21K5N00", "77777");
        services.vehicles().create(inArchive.id(), car(archiveVin, "粤E77777", "1000"), false);
        String badCheckDigit = VIN_2.substring(0, 8) + (VIN_2.charAt(8) == '1' ? '2' : '1') + VIN_2.substring(9);
        Path file = csv("bad.csv", StandardCharsets.UTF_8, false, HEADER, List.of(
                "张伟,13812345678,,,,,%s,粤A12345,,,,,,,1000,,,".formatted(VIN_1),
                "刘洋,13800000003,,,,,%s,粤A33333,,,,,,,1000,,,".formatted(badCheckDigit),
                "黄敏,13800000004,,,,,%s,粤A1234O,,,,,,,1000,,,".formatted(vin("LVGBE40K5NG0", "20004")),
                "赵磊,1381234567,,,,,%s,粤A55555,,,,,,,1000,,,".formatted(vin("LVGBE40K5NG0", "20005")),
                "周杰,13800000006,,,,,%s,粤A66666,,,,,,,很多,,,".formatted(vin("LVGBE40K5NG0", "20006")),
                "吴刚,13800000007,,,,%s,%s,粤A77777,,,,,,,1000,,,".formatted("备".repeat(10_000),
                        vin("LVGBE40K5NG0", "20007")),
                "徐丽,13800000008,,,,,%s,粤A88888,,,,,,,1000,,,".formatted(VIN_1.toLowerCase(Locale.ROOT)),
                "孙超,13800000009,,,,,%s,粤A99999,,,,,,,1000,,,".formatted(archiveVin)));
        Counts before = counts();

        ImportReport report = services.archiveImport().importFile(file);

        assertThat(report.imported()).isFalse();
        assertThat(report.rows()).isEqualTo(8);
        assertThat(report.rejectedRows()).isEqualTo(7);
        assertThat(report.rejections()).extracting(ImportReport.Line::row, ImportReport.Line::column, ImportReport.Line::key)
                .containsExactly(
                        tuple(3, ArchiveColumn.VIN, "vin.invalid.checkDigit"),
                        tuple(4, ArchiveColumn.PLATE, "plate.invalid.letterIO"),
                        tuple(5, ArchiveColumn.MOBILE, "phone.invalid.mobile"),
                        tuple(6, ArchiveColumn.MILEAGE, "number.invalid.whole"),
                        tuple(7, ArchiveColumn.NOTES, "field.tooLong"),
                        tuple(8, ArchiveColumn.VIN, "archive.import.invalid.vinTwiceInFile"),
                        tuple(9, ArchiveColumn.VIN, "vehicle.invalid.vinExists"));
        ImportReport.Line plate = report.rejections().get(1);
        assertThat(plate.value()).isEqualTo("粤A1234O");
        assertThat(plate.header()).isEqualTo("车牌号");
        assertThat(plate.arguments()).containsExactly("O", 7);
        assertThat(report.rejections().get(4).arguments()).containsExactly(ArchiveRules.MAX_NOTES);
        assertThat(report.rejections().get(4).value()).hasSize(101);
        assertThat(report.rejections().get(5).arguments()).containsExactly("2");
        assertThat(report.rejections().get(6).arguments()).containsExactly("粤E77777");

        Messages english = Messages.forLocale(Locale.ENGLISH);
        assertThat(plate.columnText(english)).isEqualTo("车牌号 (H)");
        assertThat(report.rejections().get(5).reasonText(english)).isEqualTo(
                "This VIN is already in row 2 of the file. A vehicle can be imported only once.");
        assertThat(report.rejections().get(5).reasonText(Messages.forLocale(Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("该 VIN 已出现在文件第 2 行，同一辆车只能导入一次。");

        assertThat(counts()).as("nothing written").isEqualTo(before);
        assertThat(services.archiveSearch().search("张伟").hits()).isEmpty();
        assertThat(services.archiveSearch().search("粤A12345").hits()).isEmpty();
    }

    @Test
    void theReportIsSavedAsAWorkbookOrACsvTheClerkCanWorkFrom() throws IOException {
        Path file = csv("bad.csv", StandardCharsets.UTF_8, false, HEADER, List.of(
                "张伟,13812345678,,,,,%s,粤A12345,,,,,,,1000,,,".formatted(VIN_1),
                "刘洋,1381234567,,,,,%s,粤A33333,,,,,,,=1+1,,,".formatted(VIN_2)));
        ImportReport report = services.archiveImport().importFile(file);
        Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

        Path xlsx = folder.resolve("报告.xlsx");
        report.save(xlsx, chinese);
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("行号");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCellAsNumber(0)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(3));
            assertThat(rows.get(1).getCellText(1)).isEqualTo("手机 (B)");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("1381234567");
            assertThat(rows.get(1).getCellText(3)).startsWith("手机号码为11位").doesNotContain("{");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("行驶里程 (O)");
            assertThat(rows.get(2).getCellText(4)).isEqualTo("未通过");
        }

        Path csv = folder.resolve("report.csv");
        report.save(csv, Messages.forLocale(Locale.ENGLISH));
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Row,Column,Value,What to do,Kind").contains("3,手机 (B),1381234567,\"A mobile number")
                .contains(",'=1+1,").as("no formula for Excel to run");
    }

    @Test
    void aVehicleOfACustomerAlreadyInTheArchiveIsAddedToThatCustomer() throws IOException {
        Customer zhang = services.customers().create(person("张伟", "13812345678"), false);
        services.customers().create(new CustomerInput(CustomerKind.COMPANY, "广州华美建材贸易有限公司", "", "020-38861234",
                "", "", PreferredContact.PHONE, false, MemberLevel.NONE, ""), false);
        Path file = csv("known.csv", StandardCharsets.UTF_8, false, HEADER, goodRows());

        ImportReport report = services.archiveImport().importFile(file);

        assertThat(report.imported()).isTrue();
        assertThat(report).extracting(ImportReport::customersCreated, ImportReport::vehiclesCreated,
                ImportReport::vehiclesForExistingCustomers, ImportReport::existingCustomersFound)
                .as("the landline of another company is not the same customer").containsExactly(2, 3, 2, 1);
        assertThat(services.vehicles().ownedBy(zhang.id())).extracting(v -> v.vin().toString())
                .containsExactlyInAnyOrder(VIN_1, VIN_2);
        assertThat(report.existingCustomers()).extracting(ImportReport.Line::row, ImportReport.Line::key,
                        ImportReport.Line::arguments)
                .containsExactly(tuple(2, "archive.import.existing.vehicleAdded", List.of("张伟", "138 1234 5678")),
                        tuple(3, "archive.import.existing.vehicleAdded", List.of("张伟", "138 1234 5678")));
        assertThat(report.existingCustomers().get(0).reasonText(Messages.forLocale(Locale.ENGLISH))).isEqualTo(
                "The customer 张伟 (138 1234 5678) is already in the archive; the vehicle was added to that customer.");
    }

    @Test
    void twoNamesForOneMobileAreRefused() throws IOException {
        Path file = csv("names.csv", StandardCharsets.UTF_8, false, "客户名称,手机,VIN", List.of(
                "张伟,13812345678," + VIN_1,
                "张 伟,13812345678," + VIN_2,
                "李娜,13812345678," + VIN_3));

        ImportReport report = services.archiveImport().importFile(file);

        assertThat(report.rejections()).singleElement().satisfies(line -> {
            assertThat(line.row()).isEqualTo(4);
            assertThat(line.key()).isEqualTo("archive.import.invalid.mobileOfOtherName");
            assertThat(line.arguments()).containsExactly("2", "张伟");
        });
    }

    @Test
    void aPhoneExcelShowedInScientificNotationIsRefusedNotGuessed() throws IOException {
        Path file = csv("sci.csv", StandardCharsets.UTF_8, false, "客户名称,手机,VIN",
                List.of("张伟,1.38123E+10," + VIN_1));

        ImportReport report = services.archiveImport().importFile(file);

        assertThat(report.rejections()).extracting(ImportReport.Line::key, ImportReport.Line::arguments)
                .containsExactly(tuple("archive.import.invalid.scientific", List.of("1.38123E+10")));
    }

    @Test
    void aFileWithoutUsableHeaderIsRefusedAsAWhole() throws IOException {
        Path noHeader = csv("x.csv", StandardCharsets.UTF_8, false, "a,b,c", List.of("1,2,3"));
        Path noPhone = csv("y.csv", StandardCharsets.UTF_8, false, "客户名称,VIN", List.of("张伟," + VIN_1));
        Path xls = Files.write(folder.resolve("old.xls"), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> services.archiveImport().importFile(noHeader)).extracting("messageKey")
                .isEqualTo("archive.import.file.noHeader");
        assertThatThrownBy(() -> services.archiveImport().importFile(noPhone)).extracting("messageKey")
                .isEqualTo("archive.import.file.missingColumns");
        assertThatThrownBy(() -> services.archiveImport().importFile(xls)).extracting("messageKey")
                .isEqualTo("archive.import.file.oldExcel");
    }

    @Test
    void cancellingBetweenRowsWritesNothing() throws IOException {
        Path file = csv("cancel.csv", StandardCharsets.UTF_8, false, HEADER, goodRows());
        Counts before = counts();
        AtomicBoolean cancel = new AtomicBoolean();
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> services.archiveImport().importFile(file, (phase, done, total) -> {
            seen.add(phase + " " + done + "/" + total);
            if (phase == ArchiveImport.Phase.WRITING && done == 2) {
                cancel.set(true);
            }
        }, cancel::get)).isInstanceOf(ImportCancelledException.class);

        assertThat(seen).startsWith("READING 0/0", "CHECKING 1/4", "CHECKING 2/4", "CHECKING 3/4", "CHECKING 4/4",
                "WRITING 1/4", "WRITING 2/4").hasSize(7);
        assertThat(counts()).isEqualTo(before);
        assertThat(services.archiveSearch().search("张伟").hits()).isEmpty();
    }

    @Test
    void aFailureHalfWayRollsEverythingBack() throws IOException {
        Path file = csv("fail.csv", StandardCharsets.UTF_8, false, HEADER, goodRows());
        Counts before = counts();

        assertThatThrownBy(() -> services.archiveImport().importFile(file, (phase, done, total) -> {
            if (phase == ArchiveImport.Phase.WRITING && done == 3) {
                throw new IllegalStateException("simulated database failure");
            }
        }, () -> false)).hasMessage("simulated database failure");

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aVinSavedElsewhereWhileImportingRefusesTheFileAfterAll() throws IOException {
        Path file = csv("race.csv", StandardCharsets.UTF_8, false, HEADER, goodRows());
        Counts before = counts();

        ImportReport report = services.archiveImport().importFile(file, (phase, done, total) -> {
            if (phase == ArchiveImport.Phase.WRITING && done == 1) {
                // another workstation saves the company's car in the meantime (another thread: Jdbi would
                // otherwise join the import's transaction)
                CompletableFuture.runAsync(() -> {
                    Customer other = services.customers().create(person("马军", "13700000000"), false);
                    services.vehicles().create(other.id(), car(VIN_3, "粤AD12345", "100"), true);
                }).join();
            }
        }, () -> false);

        assertThat(report.imported()).isFalse();
        assertThat(report.rejections()).extracting(ImportReport.Line::row, ImportReport.Line::key)
                .containsExactly(tuple(4, "vehicle.invalid.vinExists"));
        assertThat(counts()).isEqualTo(new Counts(before.customers() + 1, before.vehicles() + 1, before.entries() + 1,
                counts().grams(), before.readings() + 1, 0));
        assertThat(services.archiveSearch().search("张伟").hits()).isEmpty();
    }

    @Test
    void onlyTheServiceManagerMayImport() throws IOException {
        Path file = csv("clerk.csv", StandardCharsets.UTF_8, false, HEADER, goodRows());
        services.authentication().logout();
        services.authentication().login("zhaolei", "Start2026".toCharArray());
        Counts before = counts();

        assertThatThrownBy(() -> services.archiveImport().importFile(file)).isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((BusinessRuleException) e).arguments()[0]).isEqualTo(
                        com.fours.workbench.security.Permission.IMPORT_CUSTOMERS);
        assertThat(counts()).isEqualTo(before);
        services.authentication().logout();
        services.authentication().login("zhoujie", "Start2026".toCharArray());
        assertThat(services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), "zhaolei"))
                .extracting(AuditEntry::action).contains("ACCESS_DENIED");
    }

    @Test
    void tenThousandRowsImportInOneTransaction() throws IOException {
        int rowCount = 10_000;
        List<String> rows = new ArrayList<>(rowCount);
        int customer = 0;
        for (int i = 0; i < rowCount; i++) {
            if (i % 4 != 1) {
                customer++;
            }
            rows.add("客户%05d,139%08d,,广州市天河区,,,%s,粤A%05d,广汽丰田,凯美瑞,2022,,,2022-03-15,%d,,2027-01-10,"
                    .formatted(customer, customer, vin("LVGBE40K5NG0", "%05d".formatted(i)), i, 1000 + i));
        }
        Path file = csv("big.csv", StandardCharsets.UTF_8, true, HEADER, rows);
        AtomicInteger lastWritten = new AtomicInteger();

        long started = System.nanoTime();
        ImportReport report = services.archiveImport().importFile(file, (phase, done, total) -> {
            if (phase == ArchiveImport.Phase.WRITING) {
                lastWritten.set(done);
            }
        }, () -> false);
        long millis = (System.nanoTime() - started) / 1_000_000;

        log.info("Imported {} rows ({} customers, {} vehicles) in {} ms", rowCount, report.customersCreated(),
                report.vehiclesCreated(), millis);
        assertThat(report.imported()).isTrue();
        assertThat(report.vehiclesCreated()).isEqualTo(rowCount);
        assertThat(report.customersCreated()).isEqualTo(customer);
        assertThat(lastWritten).hasValue(rowCount);
        assertThat(counts().imports()).isEqualTo(1);
        assertThat(services.archiveSearch().search("粤A09999").hits()).singleElement()
                .extracting(SearchHit::ownerName).isEqualTo("客户%05d".formatted(customer));
        assertThat(millis).as("10,000 rows on a shared 2-core machine").isLessThan(120_000);
    }
}
