package com.fours.workbench.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.Role;
import com.fours.workbench.staff.StaffMember;
import com.fours.workbench.staff.TrainingInput;
import com.fours.workbench.staff.TrainingKind;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Incidents, near misses, drills and the safety figures on a real H2 database migrated by Flyway.
 * One store for the class: a manager, a team lead, a warehouse clerk and a technician (not in the
 * tab); each test on its own rows, the figures' test counting only what it adds to its own month.
 */
class SafetyServiceTest {

    private static final MutableClock clock = MutableClock.shanghai("2026-12-07T02:00:00Z");
    private static AppServices services;
    private static Map<String, StaffMember> staff;

    @BeforeAll
    static void store() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "zhoujie", RepairFixture.PASSWORD, Role.SERVICE_MANAGER);
        TestWorkbench.addUser(services, "sunwei", RepairFixture.PASSWORD, Role.TEAM_LEAD);
        TestWorkbench.addUser(services, "zhaolei", RepairFixture.PASSWORD, Role.WAREHOUSE_CLERK);
        TestWorkbench.addUser(services, "liqiang", RepairFixture.PASSWORD, Role.TECHNICIAN);
        as("zhoujie");
        staff = services.safety().staff().stream().collect(Collectors.toMap(StaffMember::username, m -> m));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    static void as(String user) {
        if (services.session().user().isPresent()) {
            services.authentication().logout();
        }
        services.authentication().login(user, RepairFixture.PASSWORD.toCharArray());
    }

    private static int audited(String action) {
        return services.transactions().read(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = :a")
                .bind("a", action).mapTo(Integer.class).one());
    }

    static IncidentInput nearMiss(String day, String place) {
        return new IncidentInput(IncidentKind.NEAR_MISS, IncidentSeverity.MINOR, "地面废机油，险些滑倒", place, day,
                "15:20", "孙伟", "0", "接油盘放置不当", "铺吸油棉，设警示牌", "", null, "");
    }

    @Test
    void aNearMissIsReportedGivenItsMeasureAndClosedByTheManagerOnly() {
        as("sunwei");
        int reported = audited("INCIDENT_REPORTED");
        Incident incident = services.safety().report(nearMiss("2026-12-01", "快修工位"));
        assertThat(incident.open()).isTrue();
        assertThat(incident.happenedAt()).isEqualTo(java.time.Instant.parse("2026-12-01T07:20:00Z"));
        assertThat(incident.reportedBy()).isEqualTo("sunwei");
        assertThat(audited("INCIDENT_REPORTED")).isEqualTo(reported + 1);

        assertThat(catchThrowableOfType(() -> services.safety().close(incident.id(), "done"),
                AccessDeniedException.class)).isNotNull();
        as("zhoujie");
        InvalidFieldsException noMeasure = catchThrowableOfType(() -> services.safety().close(incident.id(), "整改完毕"),
                InvalidFieldsException.class);
        assertThat(noMeasure.byField().get(IncidentInput.CORRECTIVE).messageKey()).isEqualTo("safety.incident.noMeasure");

        as("sunwei");
        InvalidFieldsException partial = catchThrowableOfType(() -> services.safety().setMeasures(incident.id(),
                "接油盘加挡边", null, "2027-01-05"), InvalidFieldsException.class);
        assertThat(partial.byField()).containsOnlyKeys(IncidentInput.OWNER);
        InvalidFieldsException tooFar = catchThrowableOfType(() -> services.safety().setMeasures(incident.id(),
                "接油盘加挡边", staff.get("sunwei").id(), "2028-01-05"), InvalidFieldsException.class);
        assertThat(tooFar.byField().get(IncidentInput.DUE).messageKey()).isEqualTo("safety.incident.dueTooFar");
        Incident measured = services.safety().setMeasures(incident.id(), "接油盘加挡边，每班结束清理地面",
                staff.get("sunwei").id(), "2027-01-05");
        assertThat(measured.ownerName()).isEqualTo("sunwei 测试");
        assertThat(measured.dueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(catchThrowableOfType(() -> services.safety().close(incident.id(), "整改完毕"),
                AccessDeniedException.class)).isNotNull();

        as("zhoujie");
        assertThat(catchThrowableOfType(() -> services.safety().close(incident.id(), " "),
                InvalidFieldsException.class).byField()).containsOnlyKeys(IncidentInput.CLOSING_NOTE);
        int closedBefore = audited("INCIDENT_CLOSED");
        Incident closed = services.safety().close(incident.id(), "整改完毕，抽查一周无洒落");
        assertThat(closed.open()).isFalse();
        assertThat(closed.closedBy()).isEqualTo("zhoujie");
        assertThat(audited("INCIDENT_CLOSED")).isEqualTo(closedBefore + 1);
        assertThat(audited("INCIDENT_MEASURES_SET")).isGreaterThanOrEqualTo(1);

        BusinessRuleException again = catchThrowableOfType(() -> services.safety().setMeasures(incident.id(), "再改",
                staff.get("sunwei").id(), "2027-01-05"), BusinessRuleException.class);
        assertThat(again.messageKey()).isEqualTo("safety.incident.closed");
        assertThat(services.safety().incidents()).filteredOn(i -> i.id() == incident.id()).singleElement()
                .extracting(Incident::closingNote).isEqualTo("整改完毕，抽查一周无洒落");
    }

    @Test
    void badIncidentsAreRefusedFieldByFieldAndNothingIsSaved() {
        as("zhaolei");
        int before = services.safety().incidents().size();
        InvalidFieldsException blank = catchThrowableOfType(() -> services.safety().report(new IncidentInput(null,
                null, " ", "", "", "", "", "", "", "", "", null, "")), InvalidFieldsException.class);
        assertThat(blank.byField()).containsOnlyKeys(IncidentInput.KIND, IncidentInput.SEVERITY, IncidentInput.WHAT,
                IncidentInput.PLACE, IncidentInput.DAY, IncidentInput.TIME, IncidentInput.INVOLVED, IncidentInput.CAUSE,
                IncidentInput.IMMEDIATE);
        IncidentInput hurtNearMiss = new IncidentInput(IncidentKind.NEAR_MISS, IncidentSeverity.MINOR, "x", "y",
                "2026-12-02", "25:00", "z", "1", "c", "m", "", null, "");
        InvalidFieldsException bad = catchThrowableOfType(() -> services.safety().report(hurtNearMiss),
                InvalidFieldsException.class);
        assertThat(bad.byField().get(IncidentInput.INJURED).messageKey()).isEqualTo("safety.incident.nearMissInjured");
        assertThat(bad.byField().get(IncidentInput.TIME).messageKey()).isEqualTo("safety.time.invalid");
        InvalidFieldsException noneHurt = catchThrowableOfType(() -> services.safety().report(new IncidentInput(
                IncidentKind.INJURY, IncidentSeverity.SERIOUS, "x", "y", "2026-12-02", "9:05", "z", "0", "c", "m", "",
                null, "")), InvalidFieldsException.class);
        assertThat(noneHurt.byField().get(IncidentInput.INJURED).messageKey())
                .isEqualTo("safety.incident.injuryWithoutInjured");
        // today, but later than now (10:00 in Shanghai)
        InvalidFieldsException later = catchThrowableOfType(() -> services.safety().report(new IncidentInput(
                IncidentKind.NEAR_MISS, IncidentSeverity.MINOR, "x", "y", "2026-12-07", "11:00", "z", "0", "c", "m", "",
                null, "")), InvalidFieldsException.class);
        assertThat(later.byField().get(IncidentInput.TIME).messageKey()).isEqualTo("safety.incident.future");
        InvalidFieldsException halfMeasure = catchThrowableOfType(() -> services.safety().report(new IncidentInput(
                IncidentKind.SPILL, IncidentSeverity.MINOR, "x", "y", "2026-12-02", "09:05", "z", "", "c", "m",
                "加防漏托盘", null, "")), InvalidFieldsException.class);
        assertThat(halfMeasure.byField()).containsOnlyKeys(IncidentInput.OWNER, IncidentInput.DUE);
        assertThat(services.safety().incidents()).hasSize(before);

        as("liqiang");
        assertThat(catchThrowableOfType(() -> services.safety().report(nearMiss("2026-12-02", "x")),
                AccessDeniedException.class)).isNotNull();
    }

    @Test
    void aDrillNeedsTwoActivePeopleAndItsFindings() {
        as("sunwei");
        List<Long> two = List.of(staff.get("sunwei").id(), staff.get("zhaolei").id());
        InvalidFieldsException alone = catchThrowableOfType(() -> services.safety().recordDrill(new DrillInput(
                DrillKind.FIRE, "车间火灾应急预案", "2026-11-20", "0", List.of(staff.get("sunwei").id(),
                        staff.get("sunwei").id()), "", "改进")), InvalidFieldsException.class);
        assertThat(alone.byField()).containsOnlyKeys(DrillInput.MINUTES, DrillInput.PARTICIPANTS, DrillInput.FINDINGS);
        assertThat(alone.byField().get(DrillInput.PARTICIPANTS).messageKey()).isEqualTo("safety.drill.participants");
        InvalidFieldsException ghost = catchThrowableOfType(() -> services.safety().recordDrill(new DrillInput(
                DrillKind.FIRE, "车间火灾应急预案", "2026-11-20", "30", List.of(staff.get("sunwei").id(), 999_999L),
                "f", "i")), InvalidFieldsException.class);
        assertThat(ghost.byField().get(DrillInput.PARTICIPANTS).messageKey())
                .isEqualTo("safety.drill.unknownParticipant");
        InvalidFieldsException future = catchThrowableOfType(() -> services.safety().recordDrill(new DrillInput(
                DrillKind.FIRE, "p", "2026-12-08", "30", two, "f", "i")), InvalidFieldsException.class);
        assertThat(future.byField().get(DrillInput.DAY).messageKey()).isEqualTo("safety.day.future");

        int audits = audited("DRILL_RECORDED");
        Drill drill = services.safety().recordDrill(new DrillInput(DrillKind.CHEMICAL_SPILL, "危废暂存间泄漏应急预案",
                "2026-11-20", "40", two, "吸附棉存量不足", "暂存间加配两箱吸附棉"));
        assertThat(drill.participants()).containsExactlyInAnyOrder("sunwei 测试", "zhaolei 测试");
        assertThat(drill.minutes()).isEqualTo(40);
        assertThat(services.safety().drills()).extracting(Drill::id).contains(drill.id());
        assertThat(audited("DRILL_RECORDED")).isEqualTo(audits + 1);
    }

    @Test
    void figuresCountTrainingCoverageIncidentsPerMonthAndDrillsAgainstThePlan() {
        as("zhoujie");
        SafetyFigures before = services.safety().figures();
        assertThat(before.year()).isEqualTo(2026);
        assertThat(before.staff()).isEqualTo(4);
        services.trainings().record(new TrainingInput(staff.get("liqiang").id(), "车间安全操作", TrainingKind.SAFETY,
                new BigDecimal("2"), LocalDate.of(2026, 12, 3), "孙伟", true));
        services.trainings().record(new TrainingInput(staff.get("zhaolei").id(), "新车型介绍", TrainingKind.PRODUCT,
                new BigDecimal("2"), LocalDate.of(2026, 12, 3), "孙伟", true));
        // two fires in March, one a minute before April in Shanghai; one last year not counted
        services.safety().report(fire("2026-03-05", "09:00"));
        services.safety().report(fire("2026-03-31", "23:59"));
        services.safety().report(fire("2025-12-31", "23:59"));

        assertThatPlanIsRefused();
        services.safety().setDrillsPlanned("4");
        SafetyFigures after = services.safety().figures();
        assertThat(after.trained()).isEqualTo(before.trained() + 1);
        assertThat(after.notTrained()).extracting(StaffMember::username).doesNotContain("liqiang").contains("zhaolei");
        assertThat(after.coveragePercent()).isEqualTo(Math.round(after.trained() * 100f / 4));
        assertThat(after.incidents()).contains(new SafetyFigures.MonthCount(YearMonth.of(2026, 3), IncidentKind.FIRE, 2));
        assertThat(after.incidents()).noneMatch(m -> m.month().getYear() == 2025 || m.month().getMonthValue() == 4
                && m.kind() == IncidentKind.FIRE);
        assertThat(after.drillsPlanned()).isEqualTo(4);
        assertThat(audited("DRILLS_PLANNED_SET")).isEqualTo(1);
    }

    private static void assertThatPlanIsRefused() {
        assertThat(catchThrowableOfType(() -> services.safety().setDrillsPlanned("53"), InvalidFieldsException.class)
                .byField().get(DrillInput.PLANNED).messageKey()).isEqualTo("number.invalid.tooLarge");
        assertThat(catchThrowableOfType(() -> services.safety().setDrillsPlanned("两次"), InvalidFieldsException.class)
                .byField().get(DrillInput.PLANNED).messageKey()).isEqualTo("number.invalid.whole");
    }

    private static IncidentInput fire(String day, String time) {
        return new IncidentInput(IncidentKind.FIRE, IncidentSeverity.MODERATE, "烤漆房过滤棉冒烟", "烤漆房", day, time,
                "喷漆工", "0", "过滤棉积漆未按期更换", "断电，用灭火器扑灭", "", null, "");
    }
}
