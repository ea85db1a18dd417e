package com.fours.workbench.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.security.Role;
import com.fours.workbench.staff.StaffMember;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/** The safety SQL (V42, SafetyDao) on a real PostgreSQL server: the answers of SafetyServiceTest. */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class SafetyPostgresqlTest {

    @Test
    void incidentsDrillsAndFiguresOnPostgresql() throws SQLException {
        MutableClock clock = MutableClock.shanghai("2026-12-07T02:00:00Z");
        try (PostgresTestSchema schema = new PostgresTestSchema();
             AppServices services = TestWorkbench.setUp(schema.open(clock))) {
            TestWorkbench.addUser(services, "zhoujie", RepairFixture.PASSWORD, Role.SERVICE_MANAGER);
            TestWorkbench.addUser(services, "sunwei", RepairFixture.PASSWORD, Role.TEAM_LEAD);
            services.authentication().login("zhoujie", RepairFixture.PASSWORD.toCharArray());
            Map<String, StaffMember> staff = services.safety().staff().stream()
                    .collect(Collectors.toMap(StaffMember::username, Function.identity()));

            Incident reported = services.safety().report(SafetyServiceTest.nearMiss("2026-03-31", "快修工位"));
            services.safety().setMeasures(reported.id(), "接油盘加挡边", staff.get("sunwei").id(), "2027-01-05");
            Incident closed = services.safety().close(reported.id(), "整改完毕");
            assertThat(closed.open()).isFalse();
            assertThat(closed.ownerName()).isEqualTo("sunwei 测试");
            assertThat(services.safety().incidents()).extracting(Incident::id).containsExactly(reported.id());

            Drill drill = services.safety().recordDrill(new DrillInput(DrillKind.FIRE, "车间火灾应急预案", "2026-11-20",
                    "45", List.of(staff.get("sunwei").id(), staff.get("zhoujie").id()), "灭火器压力不足", "每月检查"));
            assertThat(drill.participants()).hasSize(2);
            assertThat(services.safety().drills()).extracting(Drill::id).containsExactly(drill.id());

            services.safety().setDrillsPlanned("3");
            SafetyFigures figures = services.safety().figures();
            assertThat(figures.staff()).isEqualTo(2);
            assertThat(figures.trained()).isZero();
            assertThat(figures.incidents()).containsExactly(new SafetyFigures.MonthCount(YearMonth.of(2026, 3),
                    IncidentKind.NEAR_MISS, 1));
            assertThat(figures.drillsHeld()).isEqualTo(1);
            assertThat(figures.drillsPlanned()).isEqualTo(3);
        }
    }
}
