package com.fours.workbench.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The callbacks' SQL on a real PostgreSQL server: V22 migrates, the callback is made in the
 * hand-back's transaction and never twice, the lists, a reached survey, an unreached close, a new
 * questionnaire version, the figures and the batch of missing callbacks all run.
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class CareCallbacksPostgresTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
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
    void callbacksSurveysAndFiguresRunOnPostgresql() {
        CareFixture f = new CareFixture(services);
        long first = f.delivered(CareFixture.oilChange(), 4);
        long second = f.delivered(CareFixture.oilChange(), 5);
        assertThatThrownBy(() -> services.transactions().useTransaction(h -> CallbackService.schedule(h, first)))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("callback_one_per_visit"));
        int made = services.transactions().inTransaction(CallbackService::scheduleMissing);
        assertThat(made).isZero();

        f.as("huangli");
        clock.advance(Duration.ofDays(3).plusHours(1));
        CallbackLists lists = services.callbacks().lists();
        assertThat(lists.today()).extracting(Callback::repairOrderId).containsExactlyInAnyOrder(first, second);
        Callback a = lists.today().stream().filter(c -> c.repairOrderId() == first).findFirst().orElseThrow();
        Callback b = lists.today().stream().filter(c -> c.repairOrderId() == second).findFirst().orElseThrow();
        assertThat(a.workDone()).isEqualTo("机油更换");

        Questionnaire q = services.questionnaires().current();
        Map<Long, Integer> answers = new HashMap<>();
        int[] values = {5, 4, 5, 3};
        for (int i = 0; i < values.length; i++) {
            answers.put(q.questions().get(i).id(), values[i]);
        }
        // (4 + 2·3 + 4 + 2) / 20 = 16/20
        assertThat(services.callbacks().recordReached(a.id(), a.version(), answers, null).score())
                .isEqualByComparingTo("80.00");
        Callback wrong = services.callbacks().recordCall(b.id(), b.version(), CallbackOutcome.WRONG_NUMBER, null, null);
        assertThat(wrong.status()).isEqualTo(CallbackStatus.UNREACHABLE);

        Questionnaire next = services.questionnaires().save(q.id(), new QuestionnaireInput("1", "10", "6",
                List.of(new QuestionnaireInput.Question("总体满意度", "1"))));
        assertThat(next.versionNo()).isEqualTo(2);
        assertThat(services.questionnaires().versions()).hasSize(2);

        CareFigures month = services.careFigures().month(YearMonth.of(2026, 11));
        assertThat(month.due()).isEqualTo(2);
        assertThat(month.callbackRate()).isEqualByComparingTo("50.0");
        assertThat(month.csi().csi()).isEqualByComparingTo("80.00");
        assertThat(month.byAdvisor()).hasSize(1);
        assertThat(services.careFigures().csiByMonth(YearMonth.of(2026, 11))).hasSize(12);
    }
}
