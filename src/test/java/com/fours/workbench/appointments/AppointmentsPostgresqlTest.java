package com.fours.workbench.appointments;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.db.DatabaseSettings;
import com.fours.workbench.testing.PostgresTestSchema;

/**
 * Every capacity and booking test of {@link AppointmentServiceTest} again on PostgreSQL, the race
 * for the last slot included (run with {@code eval "$(bash .ci/postgres-for-tests)"} first).
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class AppointmentsPostgresqlTest extends AppointmentServiceTest {

    private PostgresTestSchema schema;

    @Override
    DatabaseSettings database() throws Exception {
        schema = new PostgresTestSchema();
        return schema.settings();
    }

    @Override
    void dropDatabase() throws Exception {
        schema.close();
    }
}
