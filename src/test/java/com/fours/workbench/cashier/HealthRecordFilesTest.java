package com.fours.workbench.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.workbench.core.i18n.Messages;

class HealthRecordFilesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    private static HealthRecord camry() {
        return new HealthRecord("广州骏达丰田汽车销售服务有限公司", "LVGBE40K5NG012345", "粤A12345", LocalDate.of(2026, 11, 26),
                32000, DAY, "JS20261127-0001", "做 1 万公里保养，刹车有\"异响\"",
                List.of(new HealthRecord.Item("机油机滤更换", new BigDecimal("0.50")),
                        new HealthRecord.Item("四轮定位", new BigDecimal("1.20"))),
                List.of(new HealthRecord.Part("机油滤清器", "90915-YZZE1", new BigDecimal("1.000")),
                        new HealthRecord.Part("丰田全合成机油 0W-20", "08880-83718", new BigDecimal("4.500"))));
    }

    private static HealthRecord nothingFitted() {
        return new HealthRecord("广州骏达丰田汽车销售服务有限公司", "LFV2A21K8M3456789", "粤B·D12345", DAY, 15000, DAY,
                "JS20261127-0002", "", List.of(), List.of());
    }

    @Test
    void theJsonHoldsTheThirteenElementsOfEachVisitExactly() {
        String json = HealthRecordFiles.json(DAY, List.of(camry(), nothingFitted()));

        assertThat(json).isEqualTo("""
                {
                  "standard": "JT/T 1132-2017",
                  "settleDate": "2026-11-27",
                  "recordCount": 2,
                  "records": [
                    {
                      "companyName": "广州骏达丰田汽车销售服务有限公司",
                      "vin": "LVGBE40K5NG012345",
                      "plateNumber": "粤A12345",
                      "repairDate": "2026-11-26",
                      "repairMileage": 32000,
                      "settleDate": "2026-11-27",
                      "costListCode": "JS20261127-0001",
                      "faultDescription": "做 1 万公里保养，刹车有\\"异响\\"",
                      "workingHours": 1.7,
                      "repairProjectList": [
                        {
                          "repairProject": "机油机滤更换",
                          "workingHours": 0.5
                        },
                        {
                          "repairProject": "四轮定位",
                          "workingHours": 1.2
                        }
                      ],
                      "vehiclePartsList": [
                        {
                          "partsName": "机油滤清器",
                          "partsCode": "90915-YZZE1",
                          "partsQuantity": 1
                        },
                        {
                          "partsName": "丰田全合成机油 0W-20",
                          "partsCode": "08880-83718",
                          "partsQuantity": 4.5
                        }
                      ]
                    },
                    {
                      "companyName": "广州骏达丰田汽车销售服务有限公司",
                      "vin": "LFV2A21K8M3456789",
                      "plateNumber": "粤B·D12345",
                      "repairDate": "2026-11-27",
                      "repairMileage": 15000,
                      "settleDate": "2026-11-27",
                      "costListCode": "JS20261127-0002",
                      "faultDescription": "",
                      "workingHours": 0,
                      "repairProjectList": [],
                      "vehiclePartsList": []
                    }
                  ]
                }
                """);
    }

    @Test
    void theJsonIsValidJsonThatAnotherProgramReadsBackWithItsChineseAndQuotes() throws Exception {
        JsonNode read = new ObjectMapper().readTree(HealthRecordFiles.json(DAY, List.of(camry())));

        JsonNode visit = read.get("records").get(0);
        assertThat(visit.get("faultDescription").asText()).isEqualTo("做 1 万公里保养，刹车有\"异响\"");
        assertThat(visit.get("vehiclePartsList").get(1).get("partsQuantity").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(read.get("recordCount").asInt()).isEqualTo(1);
    }

    @Test
    void theCsvHasABomThirteenChineseTitlesAndOneRowPerItemOrPart() throws Exception {
        String csv = HealthRecordFiles.csv(List.of(camry(), nothingFitted()), Messages.forLocale(Messages.CHINESE));

        assertThat(csv).isEqualTo("\uFEFF"
                + "维修企业名称,车辆识别代号,车牌号码,送修日期,送修里程,结算日期,结算清单编号,故障描述,维修项目,工时,配件名称,配件编码,配件数量\r\n"
                + "广州骏达丰田汽车销售服务有限公司,LVGBE40K5NG012345,粤A12345,2026-11-26,32000,2026-11-27,JS20261127-0001,"
                + "\"做 1 万公里保养，刹车有\"\"异响\"\"\",机油机滤更换,0.5,,,\r\n"
                + "广州骏达丰田汽车销售服务有限公司,LVGBE40K5NG012345,粤A12345,2026-11-26,32000,2026-11-27,JS20261127-0001,"
                + "\"做 1 万公里保养，刹车有\"\"异响\"\"\",四轮定位,1.2,,,\r\n"
                + "广州骏达丰田汽车销售服务有限公司,LVGBE40K5NG012345,粤A12345,2026-11-26,32000,2026-11-27,JS20261127-0001,"
                + "\"做 1 万公里保养，刹车有\"\"异响\"\"\",,,机油滤清器,90915-YZZE1,1\r\n"
                + "广州骏达丰田汽车销售服务有限公司,LVGBE40K5NG012345,粤A12345,2026-11-26,32000,2026-11-27,JS20261127-0001,"
                + "\"做 1 万公里保养，刹车有\"\"异响\"\"\",,,丰田全合成机油 0W-20,08880-83718,4.5\r\n"
                + "广州骏达丰田汽车销售服务有限公司,LFV2A21K8M3456789,粤B·D12345,2026-11-27,15000,2026-11-27,JS20261127-0002,"
                + ",,,,,\r\n");
    }

    @Test
    void bothFilesAreWrittenInUtf8UnderTheDaysNameAndNoPartialFileStays(@TempDir Path folder) throws Exception {
        String base = HealthRecordFiles.baseName(DAY, 2);
        List<Path> written = HealthRecordFiles.write(folder.resolve("档案"), base, DAY, List.of(camry()),
                Messages.forLocale(Messages.CHINESE));

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("health-record-20261127-02.json", "health-record-20261127-02.csv");
        byte[] csv = Files.readAllBytes(written.get(1));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("四轮定位,1.2");
        assertThat(Files.readString(written.get(0), StandardCharsets.UTF_8)).contains("\"costListCode\": \"JS20261127-0001\"");
        try (var files = Files.list(folder.resolve("档案"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
