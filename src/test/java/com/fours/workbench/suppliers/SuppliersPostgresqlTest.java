package com.fours.workbench.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.parts.OrderLineInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The agreements' and the evaluation's SQL on a real PostgreSQL server: V40 migrates, overlapping
 * validity is found, the agreed price and payment terms are read by day, and the hand-made month of
 * {@link SupplierFixture#buyDecember} scores as on H2. Runs where {@code WORKBENCH_TEST_POSTGRES_URL} is set.
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class SuppliersPostgresqlTest {

    @Test
    void agreementsAndTheEvaluationRunOnPostgresql() throws SQLException {
        try (PostgresTestSchema schema = new PostgresTestSchema()) {
            MutableClock clock = MutableClock.shanghai("2026-12-01T01:00:00Z");
            AppServices services = TestWorkbench.setUp(schema.open(clock));
            try {
                SupplierFixture f = new SupplierFixture(services, clock);
                f.buyDecember();
                SupplierScore s = services.supplierEvaluation().scorecard(f.gtmc.id(), LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 10));
                assertThat(s.onTimeRate()).isEqualByComparingTo("50.0");
                assertThat(s.fillRate()).isEqualByComparingTo("89.5");
                assertThat(s.priceRate()).isEqualByComparingTo("66.7");
                assertThat(s.priceDifference()).isEqualTo(Money.of("1.50"));
                assertThat(s.returnRate()).isEqualByComparingTo("5.9");
                assertThat(s.score()).isEqualByComparingTo("69.6");

                f.as("zhoujie");
                assertThatThrownBy(() -> services.purchaseAgreements().create(SupplierFixture.agreement(f.gtmc.id(),
                        "XY2026-GTMC-2", "2026-12-31", "2027-12-31"))).isInstanceOf(BusinessRuleException.class)
                        .extracting("messageKey").isEqualTo("agreement.overlaps");
                services.purchaseAgreements().create(SupplierFixture.agreement(f.bosch.id(), "XY2025-BOSCH",
                        "2025-12-01", "2026-11-30", String.valueOf(f.filter.id()), "18.80"));
                assertThat(services.purchaseAgreements().paymentTermsDays(f.gtmc.id(), LocalDate.of(2026, 12, 31))).contains(60);
                assertThat(services.purchaseAgreements().paymentTermsDays(f.bosch.id(), LocalDate.of(2026, 12, 1))).isEmpty();
                assertThat(services.purchasing().agreedPrice(f.gtmc.id(), f.oil.id())).contains(Money.of("40.00"));
                assertThat(services.purchasing().termsWarnings(f.bosch.id(), List.of(new OrderLineInput(f.filter.id(),
                        BigDecimal.ONE, Money.of("18.80"))))).extracting(w -> w.messageKey())
                        .containsExactly("agreement.warn.expired");
                assertThat(services.purchaseAgreements().expiring()).extracting(PurchaseAgreement::agreementNumber)
                        .containsExactly("XY2026-GTMC");
            } finally {
                services.close();
            }
        }
    }
}
