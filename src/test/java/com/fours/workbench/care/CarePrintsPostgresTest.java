package com.fours.workbench.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import com.fours.workbench.testing.PdfAssertions;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The prints' and the callbacks' contact-history SQL on a real PostgreSQL server: the calls in the
 * customer's time line, the monthly report and the complaint record filled with their figures.
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class CarePrintsPostgresTest {

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
    void theCallsTheMonthlyReportAndTheComplaintRecordRunOnPostgresql() throws IOException {
        CareFixture f = new CareFixture(services);
        long reached = f.delivered(CareFixture.oilChange(), 4);
        long wrong = f.delivered(CareFixture.oilChange(), 5);
        clock.advance(Duration.ofDays(3).plusHours(1));
        f.as("huangli");
        Callback a = callbackOf(reached);
        Questionnaire q = services.questionnaires().current();
        Map<Long, Integer> answers = new HashMap<>();
        int[] values = {5, 2, 4, 5};
        for (int i = 0; i < values.length; i++) {
            answers.put(q.questions().get(i).id(), values[i]);
        }
        services.callbacks().recordReached(a.id(), a.version(), answers, "交车晚了");
        clock.advance(Duration.ofMinutes(5));
        Callback b = callbackOf(wrong);
        services.callbacks().recordCall(b.id(), b.version(), CallbackOutcome.WRONG_NUMBER, null, null);
        clock.advance(Duration.ofMinutes(5));
        Complaint c = services.complaints().raise(reached, a.id(), "交车晚了", ComplaintChannel.CALLBACK);

        long customer = services.transactions().read(h -> h.attach(ComplaintDao.class).orderCustomer(reached));
        List<ContactEntry> line = services.contactHistory().of(ContactScope.customer(customer));
        assertThat(line).extracting(ContactEntry::kindKey).containsExactly("enum.ContactKind.COMPLAINT",
                "enum.ContactKind.CALLBACK", "enum.ContactKind.CALLBACK_UNREACHABLE", "enum.ContactKind.CALLBACK");
        assertThat(line.get(3).text()).isEqualTo(a.orderNumber() + " · 65.00/100 · 交车晚了");

        String month = PdfAssertions.text(services.reports().exportPdf(services.carePrints().month(YearMonth.of(2026, 11))));
        assertThat(month).containsPattern("50(\\.0)?%").contains("2026年11月", "第2题 对维修质量是否满意：2/5", "交车晚了");
        String record = PdfAssertions.text(services.reports().exportPdf(services.carePrints().complaint(c.id())));
        assertThat(record).contains("客户投诉处理单", c.number(), a.orderNumber(), "交车晚了", "回访");
    }

    private Callback callbackOf(long order) {
        return services.transactions().read(h -> h.attach(CallbackDao.class).ofOrder(order)).orElseThrow();
    }
}
