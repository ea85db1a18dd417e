package com.fours.workbench.cashier;

import static com.fours.workbench.repair.RepairFixture.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.Permission;
import com.fours.workbench.testing.MutableClock;

/** The health-record export against a real database: the files' content for known orders, and only what is new. */
class HealthRecordServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private CashierFixture f;
    private HealthRecordService records;
    @TempDir
    Path folder;

    @BeforeEach
    void setUp() {
        f = new CashierFixture(clock);
        records = f.services.healthRecords();
    }

    @AfterEach
    void tearDown() {
        f.services.close();
    }

    private static final SettlementInput WARRANTY = new SettlementInput(false, "", "", "", "广汽丰田", "W-2026-0815", "",
            "", "");

    /** Oil change and filter and oil for the customer, wheel alignment under warranty: two bills. */
    private List<BillDetails> settleMaintenance() {
        long order = f.readyOrder(List.of(LineInput.labour(f.repair.oilChange.id(), q("0.5"), Payer.CUSTOMER),
                LineInput.part(f.repair.filter.id(), q("1"), Payer.CUSTOMER),
                LineInput.part(f.repair.oil.id(), q("4.5"), Payer.CUSTOMER),
                LineInput.labour(f.repair.alignment.id(), q("1.2"), Payer.WARRANTY)));
        return f.services.cashier().settle(order, f.version(order), WARRANTY, null);
    }

    /** A second visit of the car: brake pads labour only, settled by the customer. */
    private List<BillDetails> settleBrakes() {
        long order = f.anotherReadyOrder(List.of(LineInput.labour(f.repair.brakePads.id(), q("1.5"), Payer.CUSTOMER)));
        return f.services.cashier().settle(order, f.version(order), SettlementInput.plain(), null);
    }

    private static String numbers(List<BillDetails> bills) {
        return String.join("/", bills.stream().map(BillDetails::number).toList());
    }

    @Test
    void theExportWritesEachSettledVisitsThirteenElementsAsJsonAndCsv() throws Exception {
        List<BillDetails> bills = settleMaintenance();
        assertThat(bills).hasSize(2);
        String listNumber = numbers(bills);
        assertThat(records.pending()).extracting(HealthRecordPending::settlementListNumber).containsExactly(listNumber);

        HealthRecordExport export = records.export(folder);

        assertThat(export.recordCount()).isEqualTo(1);
        assertThat(export.files()).containsExactly("health-record-20261127-01.json", "health-record-20261127-01.csv");
        String csv = Files.readString(folder.resolve("health-record-20261127-01.csv"), StandardCharsets.UTF_8);
        String visit = "广州骏达丰田汽车销售服务有限公司," + f.repair.vehicle.vin() + ",粤A12345,2026-11-27,32000,2026-11-27,"
                + listNumber + ",做 1 万公里保养，刹车有异响,";
        assertThat(csv).isEqualTo("\uFEFF"
                + "维修企业名称,车辆识别代号,车牌号码,送修日期,送修里程,结算日期,结算清单编号,故障描述,维修项目,工时,配件名称,配件编码,配件数量\r\n"
                + visit + "机油机滤更换,0.5,,,\r\n"
                + visit + "四轮定位,1.2,,,\r\n"
                + visit + ",,机油滤清器,90915-YZZE1,1\r\n"
                + visit + ",,丰田全合成机油 0W-20,08880-83718,4.5\r\n");
        JsonNode json = new ObjectMapper().readTree(folder.resolve("health-record-20261127-01.json").toFile());
        JsonNode record = json.get("records").get(0);
        assertThat(record.get("costListCode").asText()).isEqualTo(listNumber);
        assertThat(record.get("repairMileage").asInt()).isEqualTo(32000);
        assertThat(record.get("workingHours").decimalValue()).isEqualByComparingTo("1.7");
        assertThat(record.get("repairProjectList")).hasSize(2);
        assertThat(record.get("vehiclePartsList").get(1).get("partsQuantity").decimalValue()).isEqualByComparingTo("4.5");

        String audited = f.services.transactions().read(h -> h.createQuery(
                "SELECT action || ' ' || after_value FROM audit_log ORDER BY id DESC LIMIT 1").mapTo(String.class).one());
        assertThat(audited).startsWith("HEALTH_RECORDS_EXPORTED").contains("records=1", "health-record-20261127-01.json");
    }

    @Test
    void theNextExportTakesOnlyWhatIsNewIncludingAVisitOfAnEarlierDayAndNeverOverwritesAFile() throws Exception {
        settleMaintenance();
        records.export(folder);
        assertThat(records.pending()).isEmpty();
        BusinessRuleException nothing = catchThrowableOfType(BusinessRuleException.class, () -> records.export(folder));
        assertThat(nothing.messageKey()).isEqualTo("healthRecord.nothingNew");

        List<BillDetails> laterThatDay = settleBrakes();
        clock.advance(Duration.ofDays(1));
        f.as("lina");
        List<BillDetails> nextDay = settleBrakes();

        HealthRecordExport second = records.export(folder);

        assertThat(second.recordCount()).isEqualTo(2);
        assertThat(second.files()).containsExactly("health-record-20261127-02.json", "health-record-20261127-02.csv",
                "health-record-20261128-01.json", "health-record-20261128-01.csv");
        assertThat(Files.readString(folder.resolve("health-record-20261127-02.csv")))
                .contains(numbers(laterThatDay) + ",做 1 万公里保养，刹车有异响,前刹车片更换,1.5").doesNotContain("机油机滤更换");
        assertThat(Files.readString(folder.resolve("health-record-20261127-01.csv"))).contains("机油机滤更换")
                .doesNotContain("前刹车片更换");
        assertThat(Files.readString(folder.resolve("health-record-20261128-01.csv"))).contains(numbers(nextDay))
                .contains("2026-11-28");
        assertThat(records.exports()).extracting(HealthRecordExport::recordCount).containsExactly(2, 1);
    }

    @Test
    void aVoidedBillIsNotExportedAndAVoidAfterExportIsListedWhileTheReissuedBillGoesOutAgain() throws Exception {
        List<BillDetails> exported = settleBrakes();
        records.export(folder);
        List<BillDetails> voidedFirst = settleMaintenance();
        f.as("zhoujie");
        BillDetails customerBill = voidedFirst.stream().filter(b -> b.bill().payer() == Payer.CUSTOMER).findFirst()
                .orElseThrow();
        f.services.cashier().voidBill(customerBill.id(), "客户要求开公司抬头", null);
        f.services.cashier().voidBill(exported.get(0).id(), "工时录错", null);
        f.as("chenjing");

        List<HealthRecordPending> pending = records.pending();
        assertThat(pending).extracting(HealthRecordPending::settlementListNumber)
                .as("only the warranty bill of the second visit is live").containsExactly(
                        voidedFirst.stream().filter(b -> b.bill().payer() == Payer.WARRANTY).findFirst().orElseThrow()
                                .number());
        assertThat(records.voidedAfterExport()).extracting(HealthRecordVoided::billNumber, HealthRecordVoided::fileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(exported.get(0).number(), "health-record-20261127-01"));

        BillDetails reissued = f.services.cashier().reissue(exported.get(0).id(), SettlementInput.plain(), null);
        HealthRecordExport again = records.export(folder);

        assertThat(again.recordCount()).isEqualTo(2);
        String csv = Files.readString(folder.resolve("health-record-20261127-02.csv"));
        assertThat(csv).contains(reissued.number() + ",做 1 万公里保养").doesNotContain(customerBill.number() + "/")
                .doesNotContain(exported.get(0).number() + ",");
    }

    @Test
    void aFolderThatCannotBeWrittenRecordsNothingAndLeavesTheVisitsWaiting() throws Exception {
        settleMaintenance();
        Path notAFolder = Files.writeString(folder.resolve("ein-datei.txt"), "x");

        BusinessRuleException refused = catchThrowableOfType(BusinessRuleException.class,
                () -> records.export(notAFolder));

        assertThat(refused.messageKey()).isEqualTo("healthRecord.writeFailed");
        assertThat(records.exports()).isEmpty();
        assertThat(records.pending()).hasSize(1);
        HealthRecordExport later = records.export(folder.resolve("ok"));
        assertThat(later.files()).containsExactly("health-record-20261127-01.json", "health-record-20261127-01.csv");
    }

    @Test
    void onlyAUserWhoMayExportHealthRecordsExportsThem() {
        settleMaintenance();
        f.as("lina");
        assertThat(catchThrowableOfType(AccessDeniedException.class, () -> records.export(folder)).arguments())
                .contains(Permission.EXPORT_HEALTH_RECORDS);
        assertThat(folder.toFile().list()).isEmpty();
    }
}
