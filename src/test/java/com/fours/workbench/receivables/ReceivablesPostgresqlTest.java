package com.fours.workbench.receivables;

import static com.fours.workbench.receivables.ReceivablesFixture.applied;
import static com.fours.workbench.receivables.ReceivablesFixture.m;
import static com.fours.workbench.receivables.ReceivablesFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The ledger's SQL on a real PostgreSQL server: V28 migrates, bills go on account at the desk, a
 * receipt is applied with the rest kept as credit, the ageing, the statement and the account's
 * balance read back. Runs where {@code WORKBENCH_TEST_POSTGRES_URL} is set.
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class ReceivablesPostgresqlTest {

    @Test
    void receiptsAgeingStatementAndBalanceRunOnPostgresql() throws SQLException {
        LocalDate today = LocalDate.of(2026, 11, 27);
        try (PostgresTestSchema schema = new PostgresTestSchema()) {
            AppServices services = schema.open(MutableClock.shanghai("2026-11-27T02:00:00Z"));
            try {
                services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                        TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
                ReceivablesFixture x = new ReceivablesFixture(new CashierFixture(services));
                Customer fleet = x.company("广州顺达物流有限公司", "5000");
                long a = x.bill(Payer.CUSTOMER, fleet.name(), fleet.id(), "1000.00", today.minusDays(70));
                x.onAccount(a, "1000.00", today.minusDays(70));
                long b = x.bill(Payer.CUSTOMER, fleet.name(), fleet.id(), "600.00", today.minusDays(5));
                x.onAccount(b, "600.00", today.minusDays(5));
                ReceivablePayer payer = x.payer("CUSTOMER:" + fleet.id());

                Receipt receipt = services.receipts().record(payer.id(), transfer("1800", "PG-1"),
                        applied(x.itemOf(a).id(), "1000", x.itemOf(b).id(), "600"));
                assertThat(receipt.unapplied()).isEqualTo(m("200.00"));
                InvalidFieldsException twice = catchThrowableOfType(() -> services.receipts().record(payer.id(),
                        transfer("5", "PG-1"), List.of()), InvalidFieldsException.class);
                assertThat(twice.byField()).containsKey(ReceiptInput.REFERENCE);
                long c = x.bill(Payer.CUSTOMER, fleet.name(), fleet.id(), "300.00", today.minusDays(40));
                x.onAccount(c, "300.00", today.minusDays(40));

                AgeingLine line = services.receivables().ageing(today).stream()
                        .filter(l -> l.payerId() == payer.id()).findFirst().orElseThrow();
                assertThat(line.days1To30()).isEqualTo(m("300.00"));
                assertThat(line.unapplied()).isEqualTo(m("200.00"));
                assertThat(line.balance()).isEqualTo(m("100.00"));
                Statement s = services.receivables().statement(payer.id(), YearMonth.of(2026, 11));
                assertThat(s.closing()).isEqualTo(m("100.00"));
                assertThat(services.discountPolicy().account(fleet.id()).orElseThrow().outstanding())
                        .isEqualTo(m("100.00"));
                ReceivablesDao.Totals t = x.totals(payer.id());
                assertThat(m(t.billed().toPlainString()).minus(m(t.received().toPlainString())))
                        .isEqualTo(m(t.openAmount().toPlainString()).minus(m(t.unapplied().toPlainString())));
            } finally {
                services.close();
            }
        }
    }
}
