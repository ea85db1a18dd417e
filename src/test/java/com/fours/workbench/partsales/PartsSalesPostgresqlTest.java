package com.fours.workbench.partsales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.parts.StockLedger;
import com.fours.workbench.store.SetupInput;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The parts sales' SQL on a real PostgreSQL server: V34 migrates, an order is reserved (the part's
 * row locked), picked, billed in the XS series, put on account, partly returned; the desk's list and
 * the price list read back. Runs where {@code WORKBENCH_TEST_POSTGRES_URL} is set.
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PartsSalesPostgresqlTest {

    @Test
    void aSaleFromOrderToReturnRunsOnPostgresql() throws SQLException {
        try (PostgresTestSchema schema = new PostgresTestSchema()) {
            AppServices services = schema.open(MutableClock.shanghai("2026-11-27T02:00:00Z"));
            try {
                services.setup().complete(new SetupInput(TestWorkbench.storeInput(), TestWorkbench.ADMIN, "吴刚",
                        TestWorkbench.ADMIN_PASSWORD.toCharArray(), TestWorkbench.ADMIN_PASSWORD.toCharArray()));
                CashierFixture f = new CashierFixture(services);
                f.as("zhoujie");
                long customer = f.repair.customer.id();
                services.discountPolicy().grantAccount(customer, "2000");
                services.partsSales().setTradeDiscount(customer, "10");
                PartsSaleService sales = services.partsSales();
                PartsSale order = sales.create(customer, null, List.of(SaleLineInput.of(f.repair.filter.id(), "2")));
                assertThat(order.lines().get(0).unitPrice().toPlainString()).isEqualTo("40.50");
                sales.pick(order.id(), order.version());
                assertThat(sales.toSettle(10)).extracting(PartsSale::id).containsExactly(order.id());
                BillDetails bill = sales.bill(order.id(), "", "", null);
                assertThat(bill.number()).isEqualTo("XS2026-000001");
                services.payments().pay(bill.id(), PaymentInput.today(PaymentMethod.ON_ACCOUNT, "81.00"));
                BillDetails credit = sales.returnParts(order.id(), Map.of(order.lines().get(0).id(), "1"), "多订");
                assertThat(credit.number()).isEqualTo("XS2026-000002");
                BigDecimal onHand = services.transactions().read(h -> StockLedger.onHand(h, f.repair.filter.id()));
                assertThat(onHand).isEqualByComparingTo(new BigDecimal("5"));
                assertThat(sales.toSettle(10)).isEmpty();
                assertThat(services.priceList().content(com.fours.workbench.core.i18n.Messages.forLocale(
                        java.util.Locale.SIMPLIFIED_CHINESE)).count("3")).isEqualTo(3);
            } finally {
                services.close();
            }
        }
    }
}
