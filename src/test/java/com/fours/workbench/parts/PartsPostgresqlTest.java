package com.fours.workbench.parts;

import static com.fours.workbench.parts.WarehouseFixture.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.PostgresTestSchema;

/**
 * The warehouse's SQL on PostgreSQL, in a schema of its own: the ledger and its balance table, the
 * conditional update against two clerks taking the last unit, batches, lots and figures. Runs where
 * {@code WORKBENCH_TEST_POSTGRES_URL} is set (CI sets it).
 */
@EnabledIfEnvironmentVariable(named = "WORKBENCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PartsPostgresqlTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private PostgresTestSchema schema;
    private AppServices services;

    @BeforeEach
    void createSchema() throws SQLException {
        schema = new PostgresTestSchema();
        services = schema.openLoggedIn(clock, "zhoujie", Role.SERVICE_MANAGER);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        services.close();
        schema.close();
    }

    @Test
    void theWholeWarehouseRunsOnPostgresql() throws Exception {
        Part filter = services.parts().create(new PartInput("90915-YZZE1", "机油滤清器", null, "丰田", null, PartUnit.PCS,
                PartCategory.FILTER, "4582198201234", "5", "20", PricePolicy.COST_PLUS, "", true));
        Part oil = services.parts().create(new PartInput("08880-83718", "机油 0W-20", null, "丰田", null, PartUnit.LITRE,
                PartCategory.OIL, "", "0", "0", PricePolicy.FIXED, "98.00", true));
        Bin a1 = services.parts().createBin("A-01-01", null);
        Bin b2 = services.parts().createBin("B-02-03", null);
        Supplier supplier = services.purchasing().createSupplier("GTMC-PC", "广汽丰田配件中心", null, null, null);
        PurchaseOrder draft = services.purchasing().createOrder(supplier.id(), List.of(
                new OrderLineInput(filter.id(), q("6"), Money.of("18.50")),
                new OrderLineInput(oil.id(), q("20"), Money.of("52.00"))), null);
        PurchaseOrder sent = services.purchasing().send(draft.id(), draft.version());
        services.purchasing().receive(sent.id(), sent.version(), "GT-1", List.of(
                ReceiptLineInput.againstOrder(sent.lines().get(0).id(), a1.id(), q("4"), null)));
        PurchaseOrder partly = services.purchasing().order(sent.id());
        assertThat(partly.status()).isEqualTo(PurchaseOrderStatus.PARTLY_RECEIVED);
        services.purchasing().receive(sent.id(), partly.version(), "GT-2", List.of(
                ReceiptLineInput.againstOrder(sent.lines().get(0).id(), a1.id(), q("2"), Money.of("19.40")),
                ReceiptLineInput.againstOrder(sent.lines().get(1).id(), b2.id(), q("20"), null)));
        assertThat(services.parts().find(filter.id()).averageCost()).isEqualTo(Money.of("18.80"));

        ReservationResult r = services.reservations().reserve(1L, 11L, oil.id(), q("4.5"));
        services.reservations().issueByCode(1L, "08880-83718", q("4.5"));
        services.reservations().returnUnused(r.reservation().id(), q("0.5"));
        services.stock().counterSale(filter.id(), a1.id(), q("1"), null);
        services.stock().adjust(filter.id(), a1.id(), q("-1"), "破损");
        services.stock().transfer(filter.id(), a1.id(), b2.id(), q("1"));
        List<NewMovement> variances = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            variances.add(NewMovement.of(i % 2 == 0 ? filter.id() : oil.id(), b2.id(), MovementType.STOCKTAKE_VARIANCE,
                    q("1")).withStocktake(3L));
        }
        services.transactions().useTransaction(h -> services.stockLedger().post(h, variances));
        assertThat(services.parts().onHand(filter.id())).isEqualByComparingTo("504");
        assertThat(services.parts().onHand(oil.id())).isEqualByComparingTo("516");
        StockMovement issue = services.parts().history(oil.id(), 2000).stream()
                .filter(m -> m.movementType() == MovementType.ISSUE_TO_REPAIR_ORDER).findFirst().orElseThrow();
        assertThat(services.reservations().trace(issue.id())).singleElement()
                .satisfies(t -> assertThat(t.deliveryNote()).isEqualTo("GT-2"));
        assertThat(services.reservations().pickList(1L)).isEmpty();
        services.purchasing().reorderSuggestions();
        services.partsFigures().figures(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        services.partsFigures().abcClasses(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        services.partsFigures().deadStock();
        LedgerInvariant.assertHolds(services);

        // two clerks, the last unit of a bin
        services.transactions().useTransaction(h -> services.stockLedger().post(h,
                NewMovement.of(filter.id(), a1.id(), MovementType.ADJUSTMENT, StockLedger.onHand(h, filter.id(), a1.id())
                        .subtract(q("1")).negate()).withReason("留最后一个")));
        java.math.BigDecimal last = services.transactions().read(h -> StockLedger.onHand(h, filter.id(), a1.id()));
        assertThat(last).isEqualByComparingTo("1");
        CountDownLatch firstHasTaken = new CountDownLatch(1);
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = clerks.submit(() -> services.transactions().inTransaction(h -> {
                services.stockLedger().post(h, NewMovement.of(filter.id(), a1.id(), MovementType.COUNTER_SALE, q("-1")));
                firstHasTaken.countDown();
                Thread.sleep(400);
                return "sold";
            }));
            Future<String> second = clerks.submit(() -> {
                firstHasTaken.await(5, TimeUnit.SECONDS);
                try {
                    services.transactions().useTransaction(h -> services.stockLedger().post(h,
                            NewMovement.of(filter.id(), a1.id(), MovementType.COUNTER_SALE, q("-1"))));
                    return "sold too";
                } catch (BusinessRuleException e) {
                    return e.messageKey();
                }
            });
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("sold");
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("stock.insufficient");
        } finally {
            clerks.shutdownNow();
        }
        LedgerInvariant.assertHolds(services);
    }
}
