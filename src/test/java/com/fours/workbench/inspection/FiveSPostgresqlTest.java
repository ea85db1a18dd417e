package com.fours.workbench.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.home.HomeLineKind;
import com.fours.workbench.repair.PhotoFile;
import com.fours.workbench.security.Role;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The 5S SQL on a real PostgreSQL server: V41 migrates, a checklist versioned, an inspection with a
 * photo (BYTEA) and an action, the owner's home line (LIMIT, dates), closing and verifying, the scores
 * per area and month (EXTRACT, AVG of a NUMERIC). Runs
 * where {@code WORKBENCH_TEST_POSTGRES_URL} is set.
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class FiveSPostgresqlTest {

    @Test
    void checklistInspectionPhotoActionAndHomeLineRunOnPostgresql() throws SQLException {
        try (PostgresTestSchema schema = new PostgresTestSchema()) {
            AppServices services = schema.open(MutableClock.shanghai("2026-12-07T02:00:00Z"));
            try {
                services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                        TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
                TestWorkbench.addUser(services, "zhoujie", "Start2026", Role.SERVICE_MANAGER);
                long owner = TestWorkbench.addUser(services, "zhaolei", "Start2026", Role.WAREHOUSE_CLERK).id();
                services.authentication().login("zhoujie", "Start2026".toCharArray());
                FiveSChecklist list = services.fiveSChecklists().save(FiveSArea.WAREHOUSE, null, List.of(
                        new ChecklistItemInput(FiveSPillar.SEIRI, "呆滞件单独存放", "5", "40"),
                        new ChecklistItemInput(FiveSPillar.SEITON, "货位号清晰", "10", "60")));
                Map<Long, String> scores = new LinkedHashMap<>();
                scores.put(list.items().get(0).id(), "5");
                scores.put(list.items().get(1).id(), "5");
                FiveSInspection first = services.fiveSInspections().record(new InspectionInput(FiveSArea.WAREHOUSE,
                        "2026-12-01", "周杰", scores, "通道有纸箱", List.of(new InspectionInput.Finding("通道堆放纸箱",
                        owner, "2026-12-03")), List.of()), List.of(new PhotoFile("aisle.jpg", 4, 3, new byte[] {1, 2, 3},
                        new byte[] {4})));
                assertThat(first.total()).isEqualByComparingTo("70.0");
                FiveSSheet sheet = services.fiveSInspections().sheet(first.id());
                assertThat(sheet.photos()).hasSize(1);
                assertThat(services.fiveSInspections().photo(sheet.photos().get(0).id())).containsExactly(1, 2, 3);
                FiveSChecklist v2 = services.fiveSChecklists().save(FiveSArea.WAREHOUSE, list.id(), List.of(
                        new ChecklistItemInput(FiveSPillar.SAFETY, "消防通道畅通", "5", "100")));
                assertThat(v2.versionNo()).isEqualTo(2);

                services.authentication().logout();
                services.authentication().login("zhaolei", "Start2026".toCharArray());
                assertThat(services.home().page().lines()).anyMatch(l -> l.kind() == HomeLineKind.OVERDUE_5S_ACTIONS
                        && l.count() == 1);
                long action = sheet.findings().get(0).id();
                services.fiveSInspections().markDone(action, "纸箱已清走");
                Map<Long, String> again = Map.of(v2.items().get(0).id(), "5");
                services.fiveSInspections().record(new InspectionInput(FiveSArea.WAREHOUSE, "2026-12-07", "赵磊", again,
                        "", List.of(), List.of(action)), List.of());
                assertThat(services.fiveSInspections().actions()).singleElement()
                        .satisfies(a -> assertThat(a.state()).isEqualTo(ActionState.VERIFIED));
                assertThat(services.fiveSInspections().figures()).isEqualTo(new ActionFigures(0, 0, 0));
                assertThat(services.fiveSInspections().inspections()).extracting(FiveSInspection::inspectionDay)
                        .containsExactly(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 1));

                // the scores over time: 70.0 and 100.0 in December, 60.0 in November, nothing in October
                services.fiveSInspections().record(new InspectionInput(FiveSArea.WAREHOUSE, "2026-11-15", "赵磊",
                        Map.of(v2.items().get(0).id(), "3"), "", List.of(), List.of()), List.of());
                assertThat(services.fiveSScores().byMonth(YearMonth.of(2026, 10), YearMonth.of(2026, 12)))
                        .containsExactly(
                                new FiveSScoreMonth(FiveSArea.WAREHOUSE, YearMonth.of(2026, 11), new BigDecimal("60.0"), 1),
                                new FiveSScoreMonth(FiveSArea.WAREHOUSE, YearMonth.of(2026, 12), new BigDecimal("85.0"), 2));
            } finally {
                services.close();
            }
        }
    }
}
