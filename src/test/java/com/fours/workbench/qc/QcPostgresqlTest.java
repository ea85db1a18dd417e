package com.fours.workbench.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Quality control's SQL on PostgreSQL, in a schema of its own: a failed round and a pass, the
 * release, the certificate number, a comeback and the figures. Runs where
 * {@code WORKBENCH_TEST_POSTGRES_URL} is set (CI sets it).
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class QcPostgresqlTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private PostgresTestSchema schema;
    private QcFixture x;

    @BeforeEach
    void createSchema() throws SQLException {
        schema = new PostgresTestSchema();
        AppServices services = schema.open(clock);
        services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
        x = new QcFixture(clock, new RepairFixture(services));
    }

    @AfterEach
    void dropSchema() throws SQLException {
        x.close();
        schema.close();
    }

    @Test
    void theSignOffTheCertificateAComebackAndTheFiguresRunOnPostgresql() {
        QcSignOff signOff = x.services.qcSignOff();
        QcSheets sheets = x.services.qcSheets();
        CompletionCertificates certificates = x.services.certificates();
        GuaranteePeriods periods = x.services.guaranteePeriods();
        FixRateFigures figures = x.services.fixRates();
        long order = x.orderInQc(32000);
        x.as("zhangwei");
        signOff.pass(order, QcLevel.SELF_CHECK, x.allPass(order), null);
        x.as("wanggang");
        signOff.fail(order, QcLevel.RECHECK, List.of(new ItemCheck(x.torque.id(), ItemResult.FAIL, "力矩不足")), "重新紧固");
        x.sendToQc(order);
        QcSheet sheet = x.passAll(order, "32050");
        assertThat(sheet.status()).isEqualTo(RepairOrderStatus.READY_FOR_SETTLEMENT);
        assertThat(sheet.release().guaranteeUntil()).isEqualTo(LocalDate.of(2026, 12, 27));
        x.as("sunli");
        assertThat(certificates.issueCertificate(order).number()).isEqualTo("JG2026-000001");
        assertThat(sheets.orders()).isEmpty();
        clock.advance(Duration.ofDays(3));
        long back = x.receive(33000);
        QualityOutcome outcome = x.services.transactions().read(h -> x.services.qualityOutcomes().of(h, back));
        assertThat(outcome.comeback()).isTrue();
        x.as("zhoujie");
        List<FixRate> rates = figures.fixRates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "全店");
        assertThat(rates.get(0).finished()).isEqualTo(1);
        assertThat(rates.get(0).failedRounds()).isEqualTo(1);
        assertThat(periods.guaranteePeriods()).hasSize(9);
    }
}
