package com.fours.workbench.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.repair.RepairCategory;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.testing.MutableClock;

/** The road test before the final check (decision 0097), on a real H2 database. */
class RoadTestsTest {

    private static final MutableClock CLOCK = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private static QcFixture x;

    @BeforeAll
    static void setUp() {
        x = new QcFixture(CLOCK);
    }

    @AfterAll
    static void tearDown() {
        x.close();
    }

    static BusinessRuleException refused(Runnable action) {
        BusinessRuleException e = catchThrowableOfType(action::run, BusinessRuleException.class);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void workARuleNamesPassesItsFinalCheckOnlyAfterAPassedRoadTestWhoseEndReadingIsTheExitMileage() {
        RoadTests roadTests = x.services.roadTests();
        x.as("zhoujie");
        RoadTestRule rule = roadTests.addRule(RepairCategory.SECOND_LEVEL_MAINTENANCE, null);
        assertThat(refused(() -> roadTests.addRule(RepairCategory.SECOND_LEVEL_MAINTENANCE, null)).messageKey())
                .isEqualTo("qc.roadTest.ruleExists");
        assertThat(refused(() -> roadTests.addRule(null, null)).messageKey()).isEqualTo("qc.roadTest.ruleOneOf");
        assertThat(roadTests.rules()).extracting(RoadTestRule::category).contains(RepairCategory.SECOND_LEVEL_MAINTENANCE);

        try {
            roadTestedToTheEnd(x, CLOCK);
        } finally {
            x.as("zhoujie");
            roadTests.removeRule(rule.id());
        }
        assertThat(roadTests.rules()).isEmpty();
    }

    /** The whole rule on a fixture of the caller's (H2 here, PostgreSQL in {@link RoadTestsPostgresqlTest}). */
    static void roadTestedToTheEnd(QcFixture x, MutableClock clock) {
        RoadTests roadTests = x.services.roadTests();
        long order = x.orderInQc(32000);
        x.as("sunli");
        assertThat(roadTests.required(order)).isTrue();
        x.as("zhangwei");
        x.services.qcSignOff().pass(order, QcLevel.SELF_CHECK, x.allPass(order), null);
        x.as("wanggang");
        x.services.qcSignOff().pass(order, QcLevel.RECHECK, x.allPass(order), null);
        x.as("sunli");
        BusinessRuleException missing = refused(() -> x.services.qcSignOff().pass(order, QcLevel.FINAL_CHECK,
                x.allPass(order), null));
        assertThat(missing.messageKey()).isEqualTo("qc.roadTest.missing");

        InvalidFieldsException backwards = catchThrowableOfType(() -> roadTests.record(order, "张伟", "32010", "32000",
                true, ""), InvalidFieldsException.class);
        assertThat(backwards.byField().get(RoadTests.END_MILEAGE).messageKey()).isEqualTo("qc.roadTest.endBelowStart");
        InvalidFieldsException belowIntake = catchThrowableOfType(() -> roadTests.record(order, "张伟", "31000", "31010",
                true, ""), InvalidFieldsException.class);
        assertThat(belowIntake.byField().get(RoadTests.START_MILEAGE).messageKey())
                .isEqualTo("qc.roadTest.startBelowIntake");
        InvalidFieldsException noReason = catchThrowableOfType(() -> roadTests.record(order, "张伟", "32000", "32008",
                false, " "), InvalidFieldsException.class);
        assertThat(noReason.byField()).containsKey(RoadTests.REMARKS);

        roadTests.record(order, "张伟", "32000", "32008", false, "60 km/h 方向盘抖动");
        assertThat(refused(() -> x.services.qcSignOff().pass(order, QcLevel.FINAL_CHECK, x.allPass(order), null))
                .messageKey()).isEqualTo("qc.roadTest.failed");
        clock.advance(java.time.Duration.ofMinutes(20));
        RoadTest passed = roadTests.record(order, "张伟", "32008", "32015", true, "复测正常");
        assertThat(passed.distance()).isEqualTo(7);

        QcSheet sheet = x.services.qcSignOff().pass(order, QcLevel.FINAL_CHECK, x.allPass(order), null);

        assertThat(sheet.status()).isEqualTo(RepairOrderStatus.READY_FOR_SETTLEMENT);
        assertThat(sheet.release().exitMileage()).isEqualTo(32015);
        assertThat(roadTests.ofOrder(order)).hasSize(2);
        assertThat(refused(() -> roadTests.record(order, "张伟", "32015", "32020", true, "")).messageKey())
                .isEqualTo("qc.roadTest.notNow");
        assertThat(x.count("SELECT COUNT(*) FROM audit_log WHERE action = 'QC_ROAD_TEST_RECORDED'")).isEqualTo(2);
        x.as("lina");
        assertThat(x.f.services.vehicles().card(x.f.vehicle.id()).vehicle().mileage()).isEqualTo(32015);
    }

    @Test
    void workNoRuleNamesPassesWithoutARoadTest() {
        long order = x.orderInQc(33000);
        x.as("sunli");
        assertThat(x.services.roadTests().required(order)).isFalse();
        assertThat(x.passAll(order, null).status()).isEqualTo(RepairOrderStatus.READY_FOR_SETTLEMENT);
    }
}
