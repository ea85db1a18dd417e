package com.fours.workbench.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/** The road test's SQL (decision 0097) on PostgreSQL, in a schema of its own. */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class RoadTestsPostgresqlTest {

    @Test
    void theRoadTestRuleAndTheFinalCheckRunOnPostgresql() throws SQLException {
        MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
        try (PostgresTestSchema schema = new PostgresTestSchema()) {
            QcFixture x = new QcFixture(clock, new RepairFixture(TestWorkbench.setUp(schema.open(clock))));
            try {
                x.as("zhoujie");
                RoadTestRule rule = x.services.roadTests().addRule(RepairCategory.SECOND_LEVEL_MAINTENANCE, null);
                RoadTestsTest.roadTestedToTheEnd(x, clock);
                x.as("zhoujie");
                x.services.roadTests().removeRule(rule.id());
                assertThat(x.services.roadTests().rules()).isEmpty();
            } finally {
                x.close();
            }
        }
    }
}
