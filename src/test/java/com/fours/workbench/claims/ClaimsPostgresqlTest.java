package com.fours.workbench.claims;

import static com.fours.workbench.receivables.ReceivablesFixture.m;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.receivables.ReceivablesDao;
import com.fours.workbench.receivables.ReceivablesFixture;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The claims' SQL on a real PostgreSQL server: V33 migrates, a maker's bill on account is claimed,
 * listed, submitted, partly approved (its item reduced) and paid by a receipt of the ledger.
 * Runs where {@code WORKBENCH_TEST_POSTGRES_URL} is set.
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class ClaimsPostgresqlTest {

    @Test
    void aClaimRunsFromDraftToPaymentOnPostgresql() throws SQLException {
        LocalDate today = LocalDate.of(2026, 11, 27);
        try (PostgresTestSchema schema = new PostgresTestSchema()) {
            AppServices services = schema.open(MutableClock.shanghai("2026-11-27T02:00:00Z"));
            try {
                services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                        TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
                ReceivablesFixture x = new ReceivablesFixture(new CashierFixture(services));
                long bill = x.warrantyOnAccount("广汽丰田-PG", "600.00", today.minusDays(20));
                ClaimService claims = services.claims();
                x.asCashier();
                assertThat(claims.claimable()).extracting(ClaimableBill::billId).containsExactly(bill);
                Claim c = claims.draft(bill, new ClaimDraft("P0300", "缺火", "", "", "2026-12-20"));
                c = claims.submit(c.id(), c.version(), "GTMC-PG-1");
                assertThat(claims.claims(List.of())).extracting(Claim::number).containsExactly(c.number());
                assertThat(claims.claims(Set.of(ClaimState.SUBMITTED))).hasSize(1);
                c = claims.decide(c.id(), c.version(), new ClaimDecision("450", "工时超标", ShortfallChoice.ABSORB));
                assertThat(c.state()).isEqualTo(ClaimState.PARTLY_APPROVED);
                Claim decided = c;
                InvalidFieldsException above = catchThrowableOfType(() -> claims.pay(decided.id(), decided.version(),
                        new ClaimPayment("450.01", "PG-PAY", "")), InvalidFieldsException.class);
                assertThat(above.byField()).containsKey(ClaimPayment.AMOUNT);
                c = claims.pay(c.id(), c.version(), new ClaimPayment("450", "PG-PAY", ""));
                assertThat(c.state()).isEqualTo(ClaimState.PAID);
                assertThat(x.itemOf(bill).openAmount()).isEqualTo(m("0.00"));
                ReceivablesDao.Totals t = x.totals(c.payerId());
                assertThat(t.billed().subtract(t.received())).isEqualByComparingTo(t.openAmount().subtract(t.unapplied()));
            } finally {
                services.close();
            }
        }
    }
}
