package com.fours.workbench.payables;

import static com.fours.workbench.payables.PayablesFixture.applied;
import static com.fours.workbench.payables.PayablesFixture.invoice;
import static com.fours.workbench.payables.PayablesFixture.line;
import static com.fours.workbench.payables.PayablesFixture.m;
import static com.fours.workbench.payables.PayablesFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.parts.Supplier;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The payables' SQL on a real PostgreSQL server: V39 migrates, an invoice is matched to two receipts
 * (one price above the tolerance), accepted, paid in part with the rest as credit; the ageing, the
 * due list and the balance read back. Runs where {@code WORKBENCH_TEST_POSTGRES_URL} is set.
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PayablesPostgresqlTest {

    @Test
    void invoicesPaymentsAndTheAgeingRunOnPostgresql() throws SQLException {
        LocalDate today = LocalDate.of(2026, 11, 27);
        try (PostgresTestSchema schema = new PostgresTestSchema()) {
            AppServices services = TestWorkbench.setUp(schema.open(MutableClock.shanghai("2026-11-27T02:00:00Z")));
            try {
                PayablesFixture x = new PayablesFixture(services);
                Supplier s = x.supplier("广汽丰田配件中心");
                List<Long> lines = x.receivedLines(s, List.of(new String[] {"10", "18.50", "10", "18.50"},
                        new String[] {"4", "100.00", "4", "100.00"}));
                x.as("zhoujie");
                SupplierInvoice inv = services.supplierInvoices().enter(s.id(), invoice("PG-1",
                        today.minusDays(40).toString(), line(lines.get(0), "10", "18.50"),
                        line(lines.get(1), "4", "103.00")));
                assertThat(inv.status()).isEqualTo(InvoiceStatus.AWAITING);
                InvalidFieldsException over = catchThrowableOfType(() -> services.supplierInvoices().enter(s.id(),
                        invoice("PG-2", "", line(lines.get(0), "1", "18.50"))), InvalidFieldsException.class);
                assertThat(over.byField().get(InvoiceInput.LINES).messageKey()).isEqualTo("payables.line.aboveReceived");
                assertThat(services.supplierInvoices().invoiceable(s.id())).isEmpty();
                SupplierInvoice accepted = services.supplierInvoices().accept(inv.id(), inv.version(), "已核对");
                SupplierPayment paid = services.supplierPayments().record(s.id(), transfer("600", "PG-T1"),
                        applied(accepted.id(), "500"));
                assertThat(paid.unapplied()).isEqualTo(m("100.00"));

                PayablesAgeingLine line = services.payables().ageing(today).stream()
                        .filter(l -> l.supplierId() == s.id()).findFirst().orElseThrow();
                assertThat(line.days1To30()).as("dated 40 days ago, due after 30: 10 days past due")
                        .isEqualTo(m("97.00"));
                assertThat(line.current()).isEqualTo(Money.ZERO);
                assertThat(line.unapplied()).isEqualTo(m("100.00"));
                assertThat(line.balance()).isEqualTo(m("-3.00"));
                assertThat(services.payables().dueThisWeek(today)).extracting(SupplierInvoice::invoiceNumber)
                        .containsExactly("PG-1");
                PayablesDao.Totals t = x.totals(s.id());
                assertThat(Money.of(t.invoiced()).minus(Money.of(t.paid())))
                        .isEqualTo(Money.of(t.openAmount()).minus(Money.of(t.unapplied())));
            } finally {
                services.close();
            }
        }
    }
}
