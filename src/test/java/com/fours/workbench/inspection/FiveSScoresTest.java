package com.fours.workbench.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The 5S scores over time on a real H2 store, from inspections made by hand: per area and month the
 * mean of the totals (rounded half up to one decimal), a month without an inspection has no row
 * (never a 0), the period's edges are the first and last day of its months.
 */
class FiveSScoresTest {

    private static final String PASSWORD = "Start2026";
    private static AppServices services;

    @BeforeAll
    static void store() {
        services = TestWorkbench.setUp(MutableClock.shanghai("2026-12-07T02:00:00Z"));
        TestWorkbench.addUser(services, "zhoujie", PASSWORD, Role.SERVICE_MANAGER);
        TestWorkbench.addUser(services, "chenjing", PASSWORD, Role.CASHIER);
        as("zhoujie");
        // one item from 0 to 10 weighing everything: the total is the score × 10
        FiveSChecklist workshop = services.fiveSChecklists().save(FiveSArea.WORKSHOP, null,
                List.of(new ChecklistItemInput(FiveSPillar.SEISO, "地面无油污", "10", "100")));
        FiveSChecklist warehouse = services.fiveSChecklists().save(FiveSArea.WAREHOUSE, null,
                List.of(new ChecklistItemInput(FiveSPillar.SEITON, "货位号清晰", "10", "100")));
        inspect(workshop, "2026-08-31", "2");
        inspect(workshop, "2026-09-01", "6");
        inspect(workshop, "2026-10-05", "7");
        inspect(workshop, "2026-10-20", "8");
        inspect(workshop, "2026-10-31", "8");
        inspect(workshop, "2026-12-07", "9");
        inspect(warehouse, "2026-11-30", "5");
        inspect(warehouse, "2026-12-01", "10");
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static void as(String username) {
        services.authentication().logout();
        services.authentication().login(username, PASSWORD.toCharArray());
    }

    private static void inspect(FiveSChecklist list, String day, String score) {
        services.fiveSInspections().record(new InspectionInput(list.area(), day, "周杰",
                Map.of(list.items().get(0).id(), score), "", List.of(), List.of()), List.of());
    }

    private static FiveSScoreMonth month(FiveSArea area, String month, String average, int inspections) {
        return new FiveSScoreMonth(area, YearMonth.parse(month), new java.math.BigDecimal(average), inspections);
    }

    @Test
    void eachAreaHasTheMeanOfItsMonthAndAMonthWithoutInspectionHasNoRow() {
        as("zhoujie");
        List<FiveSScoreMonth> scores = services.fiveSScores().byMonth(YearMonth.of(2026, 9), YearMonth.of(2026, 12));
        assertThat(scores).containsExactly(
                month(FiveSArea.WORKSHOP, "2026-09", "60.0", 1),
                // (70 + 80 + 80) / 3 = 76.67
                month(FiveSArea.WORKSHOP, "2026-10", "76.7", 3),
                month(FiveSArea.WAREHOUSE, "2026-11", "50.0", 1),
                month(FiveSArea.WORKSHOP, "2026-12", "90.0", 1),
                month(FiveSArea.WAREHOUSE, "2026-12", "100.0", 1));
        assertThat(scores).noneMatch(s -> s.area() == FiveSArea.WORKSHOP && s.month().equals(YearMonth.of(2026, 11)));
    }

    @Test
    void thePeriodsEdgesAreItsMonthsFirstAndLastDays() {
        as("zhoujie");
        assertThat(services.fiveSScores().byMonth(YearMonth.of(2026, 8), YearMonth.of(2026, 8)))
                .containsExactly(month(FiveSArea.WORKSHOP, "2026-08", "20.0", 1));
        assertThat(services.fiveSScores().byMonth(YearMonth.of(2026, 11), YearMonth.of(2026, 11)))
                .containsExactly(month(FiveSArea.WAREHOUSE, "2026-11", "50.0", 1));
        assertThat(services.fiveSScores().byMonth(YearMonth.of(2026, 1), YearMonth.of(2026, 7))).isEmpty();
    }

    @Test
    void aPeriodBackwardsOrTooLongIsRefusedAndTheCashierMayNotRead() {
        as("zhoujie");
        assertThat(catchThrowableOfType(() -> services.fiveSScores().byMonth(YearMonth.of(2026, 12),
                YearMonth.of(2026, 11)), BusinessRuleException.class).messageKey()).isEqualTo("fiveS.scores.period");
        assertThat(catchThrowableOfType(() -> services.fiveSScores().byMonth(YearMonth.of(2020, 1),
                YearMonth.of(2026, 12)), BusinessRuleException.class).messageKey()).isEqualTo("fiveS.scores.period");
        as("chenjing");
        assertThat(catchThrowableOfType(() -> services.fiveSScores().byMonth(YearMonth.of(2026, 9),
                YearMonth.of(2026, 12)), AccessDeniedException.class)).isNotNull();
    }

    @Test
    void theChartWrittenToExcelHasEachAreasScoreAndNoDataForAMonthWithoutInspection(@TempDir Path folder)
            throws Exception {
        as("zhoujie");
        Path file = folder.resolve("5S.xlsx");
        assertThat(services.fiveSScores().export(YearMonth.of(2026, 9), YearMonth.of(2026, 12), file,
                Messages.forLocale(Messages.CHINESE))).isEqualTo(4);
        try (ReadableWorkbook book = new ReadableWorkbook(Files.newInputStream(file))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("各区域每月 5S 评分");
            assertThat(List.of(rows.get(1).getCellText(0), rows.get(1).getCellText(1), rows.get(1).getCellText(2)))
                    .as("the months down, a column per area inspected in them").containsExactly("月份", "车间", "配件仓库");
            assertThat(rows).hasSize(6);
            assertScores(rows.get(2), "2026-09", "60.0", null);
            assertScores(rows.get(3), "2026-10", "76.7", null);
            assertScores(rows.get(4), "2026-11", null, "50.0");
            assertScores(rows.get(5), "2026-12", "90.0", "100.0");
        }
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(services.auditLog().find(today, today, "FIVE_S_SCORES_EXPORTED"))
                .singleElement().extracting(AuditEntry::actorName, AuditEntry::subjectType, AuditEntry::subjectId,
                        AuditEntry::afterValue)
                .containsExactly("zhoujie", "fiveSScores", "2026-09..2026-12", "file=5S.xlsx, rows=4");

        as("chenjing");
        Path refused = folder.resolve("refused.xlsx");
        assertThat(catchThrowableOfType(() -> services.fiveSScores().export(YearMonth.of(2026, 9),
                YearMonth.of(2026, 12), refused, Messages.forLocale(Messages.CHINESE)), AccessDeniedException.class))
                .isNotNull();
        assertThat(refused).doesNotExist();
        as("zhoujie");
        assertThat(services.auditLog().find(today, today, "FIVE_S_SCORES_EXPORTED")).hasSize(1);
    }

    /** A month's row: the month, then the workshop's and the warehouse's score as numbers, or "no data" as text. */
    private static void assertScores(Row row, String month, String workshop, String warehouse) {
        assertThat(row.getCellText(0)).isEqualTo(month);
        String[] expected = {workshop, warehouse};
        for (int area = 0; area < 2; area++) {
            if (expected[area] == null) {
                assertThat(row.getCellText(area + 1)).as(month + " area " + area).isEqualTo("无数据");
            } else {
                BigDecimal score = new BigDecimal(expected[area]);
                assertThat(row.getCellAsNumber(area + 1)).as(month + " area " + area)
                        .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(score));
            }
        }
    }
}
