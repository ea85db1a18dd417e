package com.fours.workbench.dashboard;

import java.sql.SQLException;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/** The dashboard's sums on a real PostgreSQL server: the same hand-made orders and answers as on H2. */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class DashboardPostgresqlTest {

    private final MutableClock clock = MutableClock.shanghai("2026-12-07T02:00:00Z");
    private PostgresTestSchema schema;
    private AppServices services;

    @BeforeEach
    void createSchema() throws SQLException {
        schema = new PostgresTestSchema();
        services = TestWorkbench.setUp(schema.open(clock));
    }

    @AfterEach
    void dropSchema() throws SQLException {
        services.close();
        schema.close();
    }

    @Test
    void theHandMadeFiguresAndAnEmptyMonthOnPostgresql() {
        DashboardScenarios scenarios = new DashboardScenarios(services, clock);
        scenarios.theWeeksFiguresAreThoseWorkedOutByHand(true);
        scenarios.aCounterSaleIsPartsRevenueNotACar();
        DashboardScenarios.assertEmpty(services.dashboard().read(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31)).current());
    }
}
