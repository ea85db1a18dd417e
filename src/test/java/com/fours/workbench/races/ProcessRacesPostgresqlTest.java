package com.fours.workbench.races;


import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.testing.PostgresTestSchema;

/**
 * The short version of the process races on PostgreSQL, in a schema of its own: eight desk JVMs,
 * three rounds of each race. Runs where {@code WORKBENCH_TEST_POSTGRES_URL} is set
 * ({@code eval "$(bash .ci/postgres-for-tests)"}); {@code bash bench/races.sh} runs the long version.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestSchema.URL_VARIABLE, matches = "jdbc:postgresql:.+",
        disabledReason = "no PostgreSQL server: set WORKBENCH_TEST_POSTGRES_URL (eval \"$(bash .ci/postgres-for-tests)\")")
class ProcessRacesPostgresqlTest {

    @Test
    void eightWorkstationsRacingOnPostgresqlOneGetsTheLastUnitAndTheSlotNumbersStayGapless(@TempDir Path dir)
            throws Exception {
        try (PostgresTestSchema schema = new PostgresTestSchema();
             AppServices services = ProcessRaces.openSetUp(schema.settings(), dir)) {
            ProcessRaces.Report report = ProcessRaces.run("PostgreSQL", schema.settings(), services, dir.resolve("run"),
                    8, 3);

            RaceAssertions.assertRulesHeld(report, 8, 3);
        }
    }
}
