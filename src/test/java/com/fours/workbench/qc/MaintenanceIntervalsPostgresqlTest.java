package com.fours.workbench.qc;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.repair.LabourOperationInput;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/** The maintenance intervals' SQL and the next service (decision 0104) on PostgreSQL, in a schema of its own. */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class MaintenanceIntervalsPostgresqlTest {

    @Test
    void theIntervalsAndTheNextServiceRunOnPostgresql() throws SQLException {
        MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
        try (PostgresTestSchema schema = new PostgresTestSchema()) {
            QcFixture x = new QcFixture(clock, new RepairFixture(TestWorkbench.setUp(schema.open(clock))));
            try {
                x.as("zhoujie");
                x.services.labourCatalog().saveOperation(null, 0, new LabourOperationInput("WIPER-01", "雨刮片更换",
                        "Wiper blades", RepairCategory.MINOR_REPAIR, "0.3", null, true));
                MaintenanceIntervalsTest.nextServiceFollowsTheIntervals(x, clock);
            } finally {
                x.close();
            }
        }
    }
}
