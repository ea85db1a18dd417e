package com.fours.workbench.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.security.AccessDeniedException;
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
}
