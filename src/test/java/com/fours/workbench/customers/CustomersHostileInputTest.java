package com.fours.workbench.customers;

import static com.fours.workbench.customers.ArchiveServiceTest.car;
import static com.fours.workbench.customers.ArchiveServiceTest.person;
import static com.fours.workbench.customers.ArchiveServiceTest.vin;
import static com.fours.workbench.testing.HostileInput.CONTROL;
import static com.fours.workbench.testing.HostileInput.EMOJI;
import static com.fours.workbench.testing.HostileInput.HOSTILE_NUMBERS_AS_TYPED;
import static com.fours.workbench.testing.HostileInput.REFUSED_TEXTS;
import static com.fours.workbench.testing.HostileInput.RIGHT_TO_LEFT_OVERRIDE;
import static com.fours.workbench.testing.HostileInput.SQL;
import static com.fours.workbench.testing.HostileInput.TEN_THOUSAND;
import static com.fours.workbench.testing.Refusals.keyOf;
import static com.fours.workbench.testing.Refusals.refused;
import static com.fours.workbench.testing.Refusals.refusedWith;
import static com.fours.workbench.testing.Refusals.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.HostileInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** Customers, vehicles, the archive search, import and export fed what a hostile or careless user types. */
class CustomersHostileInputTest {

    private static final Set<String> COVERED = Set.of(
            "CustomerService.create(CustomerInput, boolean)",
            "CustomerService.update(long, int, CustomerInput)",
            "VehicleService.create(long, VehicleInput, boolean)",
            "VehicleService.update(long, int, VehicleInput, Optional)",
            "ArchiveImport.importFile(Path)",
            "ArchiveImport.importFile(Path, Progress, BooleanSupplier)",
            "ArchiveExport.export(List, Path, Messages)",
            "ArchiveExport.exportVehicles(List, Path, Messages)",
            "ArchiveSearch.search(String)",
            // take only values a check above has made (Checked*), for the import and the demo: what was
            // typed was refused before it could reach them
            "CustomerService.insert(Handle, CheckedCustomer)",
            "CustomerService.insertUnindexed(Handle, CheckedCustomer)",
            "VehicleService.insert(Handle, long, CheckedVehicle, String)",
            "VehicleService.insertUnindexed(Handle, long, CheckedVehicle, String)",
            "CustomerService.insertAll(Handle, List, String)",
            // the next service a passed maintenance sets at its final check: the exit day and mileage
            // QC has checked, plus the store's interval, which refuses zero (MaintenanceIntervalsTest)
            "VehicleService.recordNextService(Handle, long, LocalDate, Integer, String)");
    private static final Set<String> TABLES = Set.of("customer", "vehicle", "vehicle_ownership", "mileage_reading",
            "search_entry", "search_gram", "audit_log");
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "zhoujie", "Start2026", Role.SERVICE_MANAGER);
        services.authentication().login("zhoujie", "Start2026".toCharArray());
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void everyInputMethodIsCovered() {
        Set<String> inputMethods = new TreeSet<>();
        for (Class<?> service : List.of(CustomerService.class, VehicleService.class, ArchiveImport.class,
                ArchiveExport.class, ArchiveSearch.class)) {
            HostileInput.inputMethods(service).forEach(m -> inputMethods.add(service.getSimpleName() + "." + m));
        }
        assertThat(new TreeSet<>(COVERED)).isEqualTo(inputMethods);
    }

    @Test
    void aCustomerWithHostileTextsIsRefusedFieldByFieldAndNothingIsSaved() {
        Customer zhang = services.customers().create(person("张伟", "13812345678"), false);
        Object before = snapshot(services.transactions(), TABLES);
        for (String text : REFUSED_TEXTS) {
            CustomerInput bad = new CustomerInput(CustomerKind.PERSON, text, "13900000000", text, text, text,
                    PreferredContact.PHONE, false, MemberLevel.NONE, text);
            String key = text.length() > 100 ? "field.tooLong" : "field.invalidCharacter";
            for (var call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                    () -> services.customers().create(bad, true),
                    () -> services.customers().update(zhang.id(), zhang.version(), bad))) {
                var refusal = refused(call);
                assertThat(keyOf(refusal, CustomerInput.NAME)).isEqualTo(key);
                assertThat(keyOf(refusal, CustomerInput.ADDRESS)).isEqualTo(text.length() > 300 ? "field.tooLong" : key);
                assertThat(keyOf(refusal, CustomerInput.NOTES)).isEqualTo(text.length() > 2000 ? "field.tooLong" : key);
                assertThat(keyOf(refusal, CustomerInput.OTHER_PHONE)).startsWith("phone.");
                assertThat(keyOf(refusal, CustomerInput.CREDIT_CODE)).startsWith("creditCode.");
            }
        }
        for (String number : HOSTILE_NUMBERS_AS_TYPED) {
            CustomerInput bad = new CustomerInput(CustomerKind.PERSON, "王芳", number, number, "", "", null, false, null, "");
            assertThat(keyOf(refused(() -> services.customers().create(bad, true)), CustomerInput.MOBILE)).as(number)
                    .startsWith("phone.");
        }
        refusedWith("field.required", CustomerInput.NAME, () -> services.customers().create(null, true));
        refusedWith("customer.notFound", null, () -> services.customers().update(987_654, 0, person("王芳", "13900000000")));
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);
        assertThat(services.customers().find(zhang.id())).isEqualTo(zhang);
    }

    @Test
    void sqlEmojiAndLineBreaksInNotesAreSavedAsTyped() {
        CustomerInput typed = new CustomerInput(CustomerKind.COMPANY, SQL, "13812345678", "", EMOJI, "",
                PreferredContact.WECHAT, true, MemberLevel.GOLD, "第一行\n\t" + EMOJI + "\n" + SQL);
        Customer created = services.customers().create(typed, false);
        Customer read = services.customers().find(created.id());
        assertThat(read.name()).isEqualTo(SQL);
        assertThat(read.address()).isEqualTo(EMOJI);
        assertThat(read.notes()).isEqualTo("第一行\n\t" + EMOJI + "\n" + SQL);
        assertThat(services.archiveSearch().search(SQL).hits()).extracting(SearchHit::customerId).contains(created.id());
    }

    @Test
    void aVehicleWithHostileValuesIsRefusedFieldByFieldAndNothingIsSaved() {
        Customer zhang = services.customers().create(person("张伟", "13812345678"), false);
        Vehicle camry = services.vehicles().create(zhang.id(), car(ArchiveServiceTest.VIN, "粤A12345", "31000"), false);
        Object before = snapshot(services.transactions(), TABLES);
        for (String text : REFUSED_TEXTS) {
            VehicleInput bad = new VehicleInput(text, text, null, text, text, text, text, text, text, text, text, text, text);
            String key = text.length() > 30 ? "field.tooLong" : "field.invalidCharacter";
            for (var call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                    () -> services.vehicles().create(zhang.id(), bad, true),
                    () -> services.vehicles().update(camry.id(), camry.version(), bad, Optional.empty()))) {
                var refusal = refused(call);
                assertThat(keyOf(refusal, VehicleInput.BRAND)).isEqualTo(key);
                assertThat(keyOf(refusal, VehicleInput.MODEL)).isEqualTo(key);
                assertThat(keyOf(refusal, VehicleInput.ENGINE_NUMBER)).isEqualTo(key);
                assertThat(keyOf(refusal, VehicleInput.BODY_COLOR)).isEqualTo(key);
                assertThat(keyOf(refusal, VehicleInput.VIN)).startsWith("vin.");
                assertThat(keyOf(refusal, VehicleInput.PLATE)).startsWith("plate.");
                assertThat(keyOf(refusal, VehicleInput.FIRST_REGISTRATION)).startsWith("date.");
            }
        }
        for (String number : HOSTILE_NUMBERS_AS_TYPED) {
            VehicleInput bad = new VehicleInput(vin("LFMAP22C3M00", "54321"), "", null, "", "", number, "", "", "",
                    number, "", "", number);
            var refusal = refused(() -> services.vehicles().create(zhang.id(), bad, true));
            assertThat(keyOf(refusal, VehicleInput.MILEAGE)).as(number).startsWith("number.invalid.");
            assertThat(keyOf(refusal, VehicleInput.NEXT_SERVICE_MILEAGE)).as(number).startsWith("number.invalid.");
            assertThat(keyOf(refusal, VehicleInput.MODEL_YEAR)).as(number).matches("number\\.invalid\\..*|vehicle\\.invalid\\.modelYear");
        }
        refusedWith("vin.invalid.empty", VehicleInput.VIN, () -> services.vehicles().create(zhang.id(), null, true));
        refusedWith("customer.notFound", null, () -> services.vehicles().create(987_654,
                car(vin("LFMAP22C3M00", "54321"), "粤B54321", "100"), true));
        refusedWith("vehicle.notFound", null, () -> services.vehicles().update(987_654, 0,
                car(vin("LFMAP22C3M00", "54321"), "粤B54321", "100"), Optional.empty()));
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);
    }

    @Test
    void sqlAndEmojiInAVehicleAreSavedAsTyped() {
        Customer zhang = services.customers().create(person("张伟", "13812345678"), false);
        VehicleInput typed = new VehicleInput(ArchiveServiceTest.VIN, "粤A12345", null, SQL, EMOJI, "2022", "A25A-1'--",
                "珍珠白👍🏽", "", "2999999", "", "", "");
        Vehicle created = services.vehicles().create(zhang.id(), typed, false);
        Vehicle read = services.vehicles().card(created.id()).vehicle();
        assertThat(read.brand()).isEqualTo(SQL);
        assertThat(read.model()).isEqualTo(EMOJI);
        assertThat(read.engineNumber()).isEqualTo("A25A-1'--");
        assertThat(read.bodyColor()).isEqualTo("珍珠白👍🏽");
        assertThat(read.mileage()).isEqualTo(2_999_999);
    }

    @Test
    void theSearchTakesAnyTextWithoutADatabaseError() {
        Customer zhang = services.customers().create(person("张伟", "13812345678"), false);
        services.vehicles().create(zhang.id(), car(ArchiveServiceTest.VIN, "粤A12345", "31000"), false);
        List<String> typed = new ArrayList<>(REFUSED_TEXTS);
        typed.addAll(List.of(SQL, EMOJI, "%", "_", "'", "\\"));
        typed.add(null);
        for (String text : typed) {
            assertThat(services.archiveSearch().search(text).hits()).as(String.valueOf(text)).isEmpty();
        }
        assertThat(services.archiveSearch().search("张伟").hits()).hasSize(1);
    }

    @Test
    void binaryFilesAreRefusedByTheImportAsAWholeAndNothingIsWritten() throws IOException {
        Object before = snapshot(services.transactions(), TABLES);
        for (String name : List.of("客户.csv", "客户.xlsx", "客户.xls", "客户.txt", "客户")) {
            Path file = Files.write(folder.resolve(name), HostileInput.binaryFile());
            var refusal = refused(() -> services.archiveImport().importFile(file));
            assertThat(refusal.messageKey()).as(name).startsWith("archive.import.file.");
            refusal = refused(() -> services.archiveImport().importFile(file, ArchiveImport.Progress.NONE, () -> false));
            assertThat(refusal.messageKey()).as(name).startsWith("archive.import.file.");
        }
        Path empty = Files.write(folder.resolve("empty.csv"), new byte[0]);
        assertThat(refused(() -> services.archiveImport().importFile(empty)).messageKey()).startsWith("archive.import.file.");
        refused(() -> services.archiveImport().importFile(folder.resolve("missing.csv")));
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);
    }

    @Test
    void hostileCellsAreRefusedCellByCellAndSqlAndEmojiImportedAsTyped() throws IOException {
        String header = ArchiveImportTest.HEADER;
        List<String> bad = new ArrayList<>();
        int n = 0;
        for (String text : REFUSED_TEXTS) {
            n++;
            bad.add("\"%s\",1380000000%d,,\"%s\",,\"%s\",%s,,\"%s\",,,,,,1000,,,".formatted(text, n, text, text,
                    vin("LVGBE40K5NG0", "3000" + n), text));
        }
        bad.add("王芳,13900000009,,,,,%s,,,,,,,,99999999999999999999,,,".formatted(vin("LVGBE40K5NG0", "30009")));
        Path badFile = Files.writeString(folder.resolve("bad‮xslx.csv"), header + "\r\n" + String.join("\r\n", bad),
                StandardCharsets.UTF_8);
        Object before = snapshot(services.transactions(), TABLES);

        ImportReport refusedReport = services.archiveImport().importFile(badFile);

        assertThat(refusedReport.imported()).isFalse();
        assertThat(refusedReport.rejectedRows()).isEqualTo(bad.size());
        assertThat(refusedReport.rejections()).extracting(ImportReport.Line::key)
                .contains("field.tooLong", "field.invalidCharacter", "number.invalid.whole");
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);

        Path good = Files.writeString(folder.resolve("good.csv"), header + "\r\n"
                + "\"%s\",13900000001,,\"%s\",,\"%s\",%s,粤A54321,\"%s\",\"%s\",,,,,1000,,,".formatted(
                        SQL.replace("\"", "\"\""), EMOJI, EMOJI, vin("LVGBE40K5NG0", "40001"), SQL, EMOJI),
                StandardCharsets.UTF_8);
        ImportReport report = services.archiveImport().importFile(good, ArchiveImport.Progress.NONE, () -> false);
        assertThat(report.imported()).isTrue();
        SearchHit hit = services.archiveSearch().search("粤A54321").hits().get(0);
        Customer customer = services.customers().find(hit.customerId());
        assertThat(customer.name()).isEqualTo(SQL);
        assertThat(customer.address()).isEqualTo(EMOJI);
        assertThat(customer.notes()).isEqualTo(EMOJI);
        Vehicle vehicle = services.vehicles().card(hit.vehicleId()).vehicle();
        assertThat(vehicle.brand()).isEqualTo(SQL);
        assertThat(vehicle.model()).isEqualTo(EMOJI);
    }

    @Test
    void theExportWritesSqlAndEmojiAsTheyAreAndRefusesAPlaceItCannotWrite() throws IOException {
        Customer customer = services.customers().create(new CustomerInput(CustomerKind.PERSON, SQL, "13812345678", "",
                "", "", null, false, null, ""), false);
        Vehicle vehicle = services.vehicles().create(customer.id(), new VehicleInput(ArchiveServiceTest.VIN, "粤A12345",
                null, EMOJI, "", "", "", "", "", "1000", "", "", ""), false);
        Path file = folder.resolve("导出\u202Exslx.xlsx");

        assertThat(services.archiveExport().exportVehicles(List.of(vehicle.id(), 987_654L), file, ENGLISH)).isEqualTo(1);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            Row row = workbook.getFirstSheet().read().get(1);
            assertThat(row.getCellText(3)).isEqualTo(EMOJI);
            assertThat(row.getCellText(6)).isEqualTo(SQL);
        }
        assertThat(services.auditLog().find(java.time.LocalDate.now(clock), java.time.LocalDate.now(clock), "导出"))
                .first().extracting(e -> e.afterValue()).asString().contains("<U+202E>").doesNotContain("\u202E");

        Object before = snapshot(services.transactions(), TABLES);
        Path nowhere = folder.resolve("no-such-folder").resolve("x.xlsx");
        refusedWith("archive.export.writeFailed", null,
                () -> services.archiveExport().export(services.archiveSearch().search("粤A12345").hits(), nowhere, ENGLISH));
        refusedWith("archive.export.writeFailed", null,
                () -> services.archiveExport().exportVehicles(List.of(vehicle.id()), nowhere, ENGLISH));
        assertThat(snapshot(services.transactions(), TABLES)).isEqualTo(before);
        assertThat(services.archiveExport().export(null, folder.resolve("none.xlsx"), ENGLISH)).isZero();
    }
}
