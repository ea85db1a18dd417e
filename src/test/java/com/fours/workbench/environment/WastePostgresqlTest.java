package com.fours.workbench.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.SQLException;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.intake.OldPartsHandling;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairPlan;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The ledger's SQL on a real PostgreSQL server: V37 migrates, a finished oil change adds its waste
 * once, a hand-over is checked against the store under the kind's row lock, the stock, the month's
 * ledger and the figures (EXTRACT, per 100 cars) read back. Runs where
 * {@code WORKBENCH_TEST_POSTGRES_URL} is set.
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class WastePostgresqlTest {

    @Test
    void generationTransfersStockLedgerAndFiguresRunOnPostgresql() throws SQLException {
        try (PostgresTestSchema schema = new PostgresTestSchema()) {
            AppServices services = schema.open(MutableClock.shanghai("2026-12-07T02:00:00Z"));
            try {
                services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                        TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
                WasteFixture w = new WasteFixture(new RepairFixture(services));
                RepairPlan plan = w.finishOilChange(w.finishOilChange(w.oilChangeOrder(OldPartsHandling.DISPOSE)));
                w.f.as("zhaolei");
                assertThat(services.wasteReports().ofOrder(plan.order().number())).hasSize(3);
                services.wasteLedger().record(new WasteInput(w.oil.id(), "300", "2026-11-20", "换油积存"));
                services.wasteLedger().transfer(WasteFixture.transfer(w.oil, w.licensed, "PG-0001", "200", "2026-12-01"));
                InvalidFieldsException more = catchThrowableOfType(() -> services.wasteLedger().transfer(
                        WasteFixture.transfer(w.oil, w.licensed, "PG-0002", "200", "2026-12-02")),
                        InvalidFieldsException.class);
                assertThat(more.byField().get(TransferInput.QUANTITY).messageKey()).isEqualTo("waste.transfer.moreThanStored");

                assertThat(w.stockOf(w.oil).inStore()).isEqualByComparingTo("104.05");
                assertThat(w.stockOf(w.oil).since()).isEqualTo(java.time.LocalDate.of(2026, 11, 20));
                LedgerRow december = services.wasteReports().month(YearMonth.of(2026, 12)).rows().stream()
                        .filter(r -> r.kind().id() == w.oil.id()).findFirst().orElseThrow();
                assertThat(december.opening()).isEqualByComparingTo("300");
                assertThat(december.produced()).isEqualByComparingTo("4.05");
                assertThat(december.transferred()).isEqualByComparingTo("200");
                assertThat(december.closing()).isEqualByComparingTo("104.05");
                WasteMonthFigure figure = services.wasteReports().figures(YearMonth.of(2026, 11), YearMonth.of(2026, 12))
                        .stream().filter(f -> f.kindId() == w.oil.id() && f.month().equals(YearMonth.of(2026, 12)))
                        .findFirst().orElseThrow();
                assertThat(figure.produced()).isEqualByComparingTo("4.05");
                assertThat(figure.cars()).isEqualTo(2);
                assertThat(figure.per100Cars()).isEqualByComparingTo("202.50");
            } finally {
                services.close();
            }
        }
    }
}
