package com.fours.workbench.cashier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.security.Role;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The cash-up's and the export's SQL on a real PostgreSQL server (V18 migrates, every query plans
 * and runs, a day closes). Runs where {@code WORKBENCH_TEST_POSTGRES_URL} is set.
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class CashUpPostgresqlTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T10:00:00Z");
    private PostgresTestSchema schema;
    private AppServices services;

    @BeforeEach
    void createSchema() throws SQLException {
        schema = new PostgresTestSchema();
        services = schema.open(clock);
        services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        services.users().createUser("wangfang", "王芳", EnumSet.of(Role.CASHIER), "Start2026".toCharArray());
        services.authentication().logout();
        services.authentication().login("wangfang", "Start2026".toCharArray());
    }

    @AfterEach
    void dropSchema() throws SQLException {
        services.close();
        schema.close();
    }

    @Test
    void theFiguresTheCloseAndTheExportQueriesRunOnPostgresql(@TempDir Path folder) {
        LocalDate day = LocalDate.of(2026, 11, 27);
        CashUpFigures figures = services.cashUp().figures(day);
        assertThat(figures.methods()).hasSize(PaymentMethod.values().length);
        assertThat(figures.paymentsNet()).isEqualTo(Money.ZERO);

        CashDayClosed closed = services.cashUp().close(day, new CashDayCount("200", "199.50", "少五角"));

        assertThat(closed.closedBy()).isEqualTo("王芳");
        assertThat(closed.difference()).isEqualTo(Money.of("-0.50"));
        assertThat(services.cashUp().figures(day).closed()).isEqualTo(closed);
        assertThat(services.cashUp().closedDays(5)).extracting(CashDayClosed::businessDay).containsExactly(day);
        assertThat(services.payments().dayClosed(day)).isTrue();
        assertThat(services.healthRecords().pending()).isEmpty();
        assertThat(services.healthRecords().exports()).isEmpty();
        assertThat(services.healthRecords().voidedAfterExport()).isEmpty();
        assertThat(catchThrowableOfType(BusinessRuleException.class, () -> services.healthRecords().export(folder))
                .messageKey()).isEqualTo("healthRecord.nothingNew");
    }
}
