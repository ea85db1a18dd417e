package com.fours.workbench.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.dashboard.DashboardScenariosAccess;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/** Every role's appraisal SQL, the plan's and the sign-off's on a real PostgreSQL server: the answers of StaffServiceTest. */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class StaffPostgresqlTest {

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

    private void as(String user) {
        if (services.session().user().isPresent()) {
            services.authentication().logout();
        }
        services.authentication().login(user, RepairFixture.PASSWORD.toCharArray());
    }

    @Test
    void eachRolesFiguresThePlanAndTheSignOffOnPostgresql() {
        DashboardScenariosAccess.billTheHandMadeOrders(services, clock);
        TestWorkbench.addUser(services, "huangli", RepairFixture.PASSWORD, Role.CUSTOMER_SERVICE_AGENT);
        as("zhoujie");
        Map<String, StaffMember> staff = services.trainings().staff().stream()
                .collect(Collectors.toMap(StaffMember::username, Function.identity()));
        services.trainings().record(new TrainingInput(staff.get("zhangwei").id(), "车间安全操作", TrainingKind.SAFETY,
                new BigDecimal("3.5"), LocalDate.of(2026, 12, 3), "孙伟", true));
        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-01-04T02:00:00Z")));
        LocalDate from = LocalDate.of(2026, 12, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);

        Appraisal tech = services.appraisals().fill(staff.get("zhangwei").id(), AppraisalPeriodKind.MONTH, from, to);
        Map<String, BigDecimal> t = figures(tech);
        assertThat(t.get("hoursSold")).isEqualByComparingTo("1.95");
        assertThat(t.get("efficiency")).isEqualByComparingTo("97.5");
        assertThat(t.get("firstTimeFix")).isEqualByComparingTo("100.0");
        assertThat(t.get("comebacks")).isZero();
        assertThat(t.get("trainingHours")).isEqualByComparingTo("3.5");
        Map<String, BigDecimal> advisor = figures(services.appraisals().fill(staff.get("lina").id(), AppraisalPeriodKind.MONTH,
                from, to));
        assertThat(advisor.get("carCount")).isEqualByComparingTo("3");
        assertThat(advisor.get("averageBill")).isEqualByComparingTo("430.00");
        assertThat(advisor).containsEntry("csi", null);
        assertThat(advisor.get("complaints")).isZero();
        Map<String, BigDecimal> cashier = figures(services.appraisals().fill(staff.get("chenjing").id(),
                AppraisalPeriodKind.MONTH, from, to));
        assertThat(cashier.get("billsVoided")).isZero();
        assertThat(cashier).containsEntry("cashDifferences", null);
        Map<String, BigDecimal> clerk = figures(services.appraisals().fill(staff.get("zhaolei").id(), AppraisalPeriodKind.MONTH,
                from, to));
        assertThat(clerk).containsEntry("countVariances", null);
        Map<String, BigDecimal> care = figures(services.appraisals().fill(staff.get("huangli").id(), AppraisalPeriodKind.MONTH,
                from, to));
        assertThat(care.get("callbacksClosed")).isZero();
        assertThat(care).containsEntry("callbackRate", null);

        Appraisal signed = services.appraisals().signAsManager(tech.id(), tech.version(), new AppraisalMarks(4, 4, 5, null));
        as("zhangwei");
        assertThat(services.appraisals().signAsEmployee(signed.id(), signed.version()).status()).isEqualTo(AppraisalStatus.SIGNED);
        as("zhoujie");
        assertThat(services.trainings().plan()).isNotEmpty();
        List<StaffMember> untrained = services.transactions().read(h -> TrainingService.notTrainedInSafety(h, 2026,
                clock.getZone()));
        assertThat(untrained).extracting(StaffMember::username).contains("lina").doesNotContain("zhangwei");
    }

    private static Map<String, BigDecimal> figures(Appraisal a) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        a.figures().forEach(f -> map.put(f.key(), f.value()));
        return map;
    }
}
