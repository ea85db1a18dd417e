package com.fours.workbench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The dashboard's figures on a real H2 database migrated by Flyway, on the hand-made orders of
 * {@link DashboardScenarios} (one store for the class: the orders are billed once).
 */
class DashboardServiceTest {

    private static final MutableClock clock = MutableClock.shanghai("2026-12-07T02:00:00Z");
    private static AppServices services;
    private static DashboardScenarios scenarios;

    @BeforeAll
    static void store() {
        services = TestWorkbench.setUp(clock);
        scenarios = new DashboardScenarios(services, clock);
        scenarios.billTheHandMadeOrders();
    }

    @Test
    void theWeeksFiguresAreThoseWorkedOutByHandAndTheWeekBeforeHasOrderD() {
        scenarios.theWeeksFiguresAreThoseWorkedOutByHand(false);
    }

    @Test
    void aCounterSaleOfPartsIsPartsRevenueButNoCar() {
        scenarios.aCounterSaleIsPartsRevenueNotACar();
    }

    @Test
    void aMonthWithNothingInItShowsNoDataNotZeroPercent() {
        scenarios.f.as("zhoujie");
        Dashboard october = services.dashboard().read(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        DashboardScenarios.assertEmpty(october.current());
        assertThat(october.current().carsByDay()).hasSize(31);
        assertThat(october.previous().period()).isEqualTo(new DashboardPeriod(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30)));
        DashboardScenarios.assertEmpty(october.previous());
    }

    @Test
    void theYearToDateIsShownByMonthAndComparedWithTheYearBefore() {
        scenarios.f.as("zhoujie");
        Dashboard year = services.dashboard().read(LocalDate.of(2026, 1, 1), DashboardScenarios.MONDAY);
        assertThat(year.current().carCount()).isEqualTo(4);
        assertThat(year.current().carsByDay()).hasSize(12);
        assertThat(year.current().carsByDay().get(10).cars()).isEqualTo(1); // November: D
        assertThat(year.current().carsByDay().get(11).cars()).isEqualTo(3);
        assertThat(year.previous().period()).isEqualTo(new DashboardPeriod(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 7)));
        assertThat(year.lastYear().period()).isEqualTo(year.previous().period());
    }

    @Test
    void aPeriodBackwardsOrIntoTheFutureIsRefusedNextToItsField() {
        scenarios.f.as("zhoujie");
        InvalidFieldsException backwards = catchThrowableOfType(() -> services.dashboard().read(
                LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 1)), InvalidFieldsException.class);
        assertThat(backwards.byField().get(DashboardService.TO).messageKey()).isEqualTo("dashboard.period.backwards");
        InvalidFieldsException future = catchThrowableOfType(() -> services.dashboard().read(
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)), InvalidFieldsException.class);
        assertThat(future.byField().get(DashboardService.TO).messageKey()).isEqualTo("dashboard.period.future");
        InvalidFieldsException tooLong = catchThrowableOfType(() -> services.dashboard().read(
                LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 1)), InvalidFieldsException.class);
        assertThat(tooLong.byField().get(DashboardService.FROM).messageKey()).isEqualTo("dashboard.period.tooLong");
        InvalidFieldsException missing = catchThrowableOfType(() -> services.dashboard().read(null, null),
                InvalidFieldsException.class);
        assertThat(missing.byField()).containsOnlyKeys(DashboardService.FROM, DashboardService.TO);
    }

    @Test
    void onlyTheServiceManagerMayReadTheDashboard() {
        scenarios.f.as("lina");
        assertThat(catchThrowableOfType(() -> services.dashboard().read(LocalDate.of(2026, 12, 1),
                DashboardScenarios.MONDAY), AccessDeniedException.class)).isNotNull();
        scenarios.f.as("zhoujie");
    }
}
