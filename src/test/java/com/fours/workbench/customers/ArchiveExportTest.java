package com.fours.workbench.customers;

import static com.fours.workbench.customers.ArchiveServiceTest.car;
import static com.fours.workbench.customers.ArchiveServiceTest.person;
import static com.fours.workbench.customers.ArchiveServiceTest.vin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** Search results to Excel: as the user sees them, masked phones included, and audited. */
class ArchiveExportTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private static final String VIN = vin("LVGBE40K5NG0", "12345");

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;
    private Vehicle camry;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "zhoujie", "Start2026", Role.SERVICE_MANAGER);
        TestWorkbench.addUser(services, "zhaolei", "Start2026", Role.WAREHOUSE_CLERK);
        TestWorkbench.addUser(services, "wangjun", "Start2026", Role.TECHNICIAN);
        logIn("zhoujie");
        Customer zhang = services.customers().create(person("张伟", "13812345678"), false);
        camry = services.vehicles().create(zhang.id(), car(VIN, "粤A12345", "31000"), false);
        services.customers().create(person("李娜", "13987654321"), false);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private void logIn(String username) {
        services.authentication().logout();
        services.authentication().login(username, "Start2026".toCharArray());
    }

    private List<SearchHit> hits() {
        List<SearchHit> hits = new ArrayList<>(services.archiveSearch().search("粤A12345").hits());
        hits.addAll(services.archiveSearch().search("李娜").hits());
        return hits;
    }

    private static List<Row> read(Path file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            return workbook.getFirstSheet().read();
        }
    }

    @Test
    void theClerkExportsWhatTheSearchShowsWithPhonesMasked() throws IOException {
        logIn("zhaolei");
        Path file = folder.resolve("export.xlsx");

        int rows = services.archiveExport().export(hits(), file, ENGLISH);

        assertThat(rows).isEqualTo(2);
        List<Row> sheet = read(file);
        assertThat(sheet).hasSize(3);
        assertThat(sheet.get(0).stream().map(c -> c.getText()).toList()).containsExactly("Plate", "Plate colour", "VIN",
                "Brand", "Model", "Model year", "Owner", "Phone", "Mileage (km)", "First registration",
                "Insurance expiry", "Next service date", "Next service at (km)");
        Row car = sheet.get(1);
        assertThat(car.getCellText(0)).isEqualTo("粤A12345");
        assertThat(car.getCellText(1)).isEqualTo("Blue");
        assertThat(car.getCellText(2)).isEqualTo(VIN);
        assertThat(car.getCellText(3)).isEqualTo("广汽丰田");
        assertThat(car.getCellText(4)).isEqualTo("凯美瑞");
        assertThat(car.getCellAsNumber(5)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(2022));
        assertThat(car.getCellText(6)).isEqualTo("张伟");
        assertThat(car.getCellText(7)).isEqualTo("138****5678");
        assertThat(car.getCellAsNumber(8)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(31_000));
        assertThat(car.getCellAsDate(9)).hasValueSatisfying(d -> assertThat(d.toLocalDate())
                .isEqualTo(LocalDate.of(2022, 3, 15)));
        Row withoutCar = sheet.get(2);
        assertThat(withoutCar.getCellText(0)).isEmpty();
        assertThat(withoutCar.getCellText(6)).isEqualTo("李娜");
        assertThat(withoutCar.getCellText(7)).isEqualTo("139****4321");

        logIn("zhoujie");
        assertThat(services.auditLog().find(LocalDate.now(clock), LocalDate.now(clock), "ARCHIVE_EXPORTED"))
                .singleElement().extracting(AuditEntry::actorName, AuditEntry::subjectId, AuditEntry::afterValue)
                .containsExactly("zhaolei", "export.xlsx", "file=export.xlsx, rows=2");
    }

    @Test
    void aPhoneHandedInUnmaskedIsStillMaskedForTheClerk() throws IOException {
        logIn("zhaolei");
        SearchHit hit = hits().get(0);
        SearchHit unmasked = new SearchHit(hit.customerId(), hit.vehicleId(), hit.plate(), hit.plateColor(), hit.vin(),
                hit.brandAndModel(), hit.ownerName(), "138 1234 5678", hit.exact());
        Path file = folder.resolve("tampered.xlsx");

        services.archiveExport().export(List.of(unmasked), file, ENGLISH);

        assertThat(read(file).get(1).getCellText(7)).isEqualTo("138****5678");
    }

    @Test
    void theManagerSeesWholeNumbersAndHeadersInChinese() throws IOException {
        Path file = folder.resolve("车辆.xlsx");

        services.archiveExport().exportVehicles(List.of(camry.id()), file, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));

        List<Row> sheet = read(file);
        assertThat(sheet.get(0).getCellText(0)).isEqualTo("车牌号");
        assertThat(sheet.get(1).getCellText(1)).isEqualTo("蓝牌");
        assertThat(sheet.get(1).getCellText(7)).isEqualTo("138 1234 5678");
    }

    @Test
    void someoneWithoutTheArchiveMayNotExport() {
        List<SearchHit> hits = hits();
        logIn("wangjun");
        Path file = folder.resolve("x.xlsx");

        assertThatThrownBy(() -> services.archiveExport().export(hits, file, ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Files.exists(file)).isFalse();
    }
}
