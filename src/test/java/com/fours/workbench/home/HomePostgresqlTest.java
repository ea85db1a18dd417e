package com.fours.workbench.home;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/** The home page's SQL on a real PostgreSQL server: the same hand-made scenarios as on H2. */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class HomePostgresqlTest {

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
    void anOrderFromTheDeskToTheGateOnPostgresql() {
        new HomeScenarios(services, clock).anOrderFromTheDeskToTheGate();
    }

    @Test
    void theWorkshopAndQcLinesOnPostgresql() {
        HomeScenarios scenarios = new HomeScenarios(services, clock);
        scenarios.aJobIsTheTechniciansItIsGivenTo();
        scenarios.theQcLinesFollowTheSignOff();
    }

    @Test
    void everyRolesPageReadsOnPostgresql() {
        HomeScenarios scenarios = new HomeScenarios(services, clock);
        scenarios.anOrderWaitsForTheCustomersApproval();
        scenarios.eachRoleSeesItsOwnLines();
        scenarios.theReorderLineIsThePurchasingRule();
    }
}
