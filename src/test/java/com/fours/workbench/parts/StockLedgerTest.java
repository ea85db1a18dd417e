package com.fours.workbench.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
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

import com.fours.workbench.app.AppServices;
import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidValueException;
import com.fours.workbench.core.Money;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/** The ledger: every movement type, the balance kept beside it, and the refusals that keep it true. */
class StockLedgerTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private AppServices services;
    private Part oil;
    private Part filter;
    private Bin a1;
    private Bin b2;

    @BeforeEach
    void setUp() {
        services = TestWorkbench.setUp(clock);
        TestWorkbench.addUser(services, "zhoujie", "Start2026", Role.SERVICE_MANAGER);
        services.authentication().login("zhoujie", "Start2026".toCharArray());
        oil = services.parts().create(part("08880-83718", "丰田全合成机油 0W-20", PartUnit.LITRE, PartCategory.OIL, ""));
        filter = services.parts().create(part("90915-YZZE1", "机油滤清器", PartUnit.PCS, PartCategory.FILTER, "4582198201234"));
        a1 = services.parts().createBin("A-01-01", "机油架");
        b2 = services.parts().createBin("B-02-03", null);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    static PartInput part(String number, String name, PartUnit unit, PartCategory category, String barcodes) {
        return new PartInput(number, name, null, "丰田", null, unit, category, barcodes, "4", "12",
                PricePolicy.COST_PLUS, "", true);
    }

    private List<Long> post(NewMovement... movements) {
        return services.transactions().inTransaction(h -> services.stockLedger().post(h, List.of(movements)));
    }

    private static BigDecimal q(String value) {
        return new BigDecimal(value);
    }

    @Test
    void everyMovementTypeIsARowAndOnHandIsTheirSum() {
        post(NewMovement.of(filter.id(), a1.id(), MovementType.RECEIPT, q("20")).withUnitCost(q("18.50")).withReceipt(7L));
        post(NewMovement.of(filter.id(), a1.id(), MovementType.ISSUE_TO_REPAIR_ORDER, q("-3")).withRepairOrder(100L, 1001L, null));
        post(NewMovement.of(filter.id(), a1.id(), MovementType.RETURN_FROM_REPAIR_ORDER, q("1")).withRepairOrder(100L, 1001L, null));
        post(NewMovement.of(filter.id(), a1.id(), MovementType.COUNTER_SALE, q("-2")));
        post(NewMovement.of(filter.id(), a1.id(), MovementType.PARTS_SALE, q("-2")).withReference("XD2026-000001"));
        post(NewMovement.of(filter.id(), a1.id(), MovementType.PARTS_SALE_RETURN, q("1")).withReference("XD2026-000001"));
        post(NewMovement.of(filter.id(), a1.id(), MovementType.RETURN_TO_SUPPLIER, q("-1")));
        post(NewMovement.of(filter.id(), a1.id(), MovementType.ADJUSTMENT, q("-1")).withReason("破损"));
        post(NewMovement.of(filter.id(), a1.id(), MovementType.STOCKTAKE_VARIANCE, q("2")).withStocktake(5L));
        post(NewMovement.of(filter.id(), a1.id(), MovementType.TRANSFER_OUT, q("-4")),
                NewMovement.of(filter.id(), b2.id(), MovementType.TRANSFER_IN, q("4")));
        post(NewMovement.of(oil.id(), a1.id(), MovementType.RECEIPT, q("60")).withUnitCost(q("52.00")));
        post(NewMovement.of(oil.id(), a1.id(), MovementType.ISSUE_TO_REPAIR_ORDER, q("-4.5")).withRepairOrder(101L, 1011L, null));

        services.transactions().useTransaction(h -> {
            assertThat(StockLedger.onHand(h, filter.id())).isEqualByComparingTo("15");
            assertThat(StockLedger.onHand(h, filter.id(), a1.id())).isEqualByComparingTo("11");
            assertThat(StockLedger.onHand(h, filter.id(), b2.id())).isEqualByComparingTo("4");
            assertThat(StockLedger.onHand(h, oil.id())).isEqualByComparingTo("55.5");
            assertThat(StockLedger.history(h, filter.id(), 100)).extracting(StockMovement::movementType)
                    .contains(MovementType.values()).hasSize(11);
            assertThat(StockLedger.history(h, oil.id(), 1).get(0).unitCost()).as("out at the moving average")
                    .isEqualByComparingTo("52.00");
            assertThat(StockLedger.history(h, oil.id(), 1).get(0).username()).isEqualTo("zhoujie");
        });
        LedgerInvariant.assertHolds(services);
    }

    @Test
    void aReceiptMovesTheAverageCost() {
        post(NewMovement.of(filter.id(), a1.id(), MovementType.RECEIPT, q("10")).withUnitCost(q("20.00")));
        post(NewMovement.of(filter.id(), a1.id(), MovementType.RECEIPT, q("5")).withUnitCost(q("23.00")));
        // (10 x 20.00 + 5 x 23.00) / 15 = 21.00
        assertThat(services.parts().find(filter.id()).averageCost()).isEqualTo(Money.of("21.00"));
        post(NewMovement.of(filter.id(), a1.id(), MovementType.RECEIPT, q("3")).withUnitCost(q("19.99")));
        // (15 x 21.00 + 3 x 19.99) / 18 = 20.8316.. -> 20.83
        assertThat(services.parts().find(filter.id()).averageCost()).isEqualTo(Money.of("20.83"));
    }

    @Test
    void twoReceiptsOfAPartInOneBatchAverageInTurn() {
        post(NewMovement.of(filter.id(), a1.id(), MovementType.RECEIPT, q("10")).withUnitCost(q("20.00")),
                NewMovement.of(filter.id(), b2.id(), MovementType.RECEIPT, q("5")).withUnitCost(q("23.00")));
        // (10 x 20.00 + 5 x 23.00) / 15 = 21.00, as if posted one after the other
        assertThat(services.parts().find(filter.id()).averageCost()).isEqualTo(Money.of("21.00"));
    }

    @Test
    void issuingMoreThanOnHandIsRefusedAndNothingOfTheBatchIsKept() {
        post(NewMovement.of(filter.id(), a1.id(), MovementType.RECEIPT, q("2")).withUnitCost(q("18.50")));

        BusinessRuleException refused = catchThrowableOfType(() -> post(
                NewMovement.of(oil.id(), a1.id(), MovementType.RECEIPT, q("10")).withUnitCost(q("50.00")),
                NewMovement.of(filter.id(), a1.id(), MovementType.ISSUE_TO_REPAIR_ORDER, q("-3"))),
                BusinessRuleException.class);

        assertThat(refused.messageKey()).isEqualTo("stock.insufficient");
        assertThat(refused.arguments()).containsExactly("90915-YZZE1", "A-01-01", "2", "3");
        assertThat(services.parts().onHand(oil.id())).as("the receipt in the same batch rolled back").isZero();
        assertThat(services.parts().onHand(filter.id())).isEqualByComparingTo("2");
        assertThat(services.parts().find(oil.id()).averageCost()).isEqualTo(Money.ZERO);
        LedgerInvariant.assertHolds(services);
    }

    @Test
    void aBatchIsAppliedInItsOrderEvenOnANewBin() {
        post(NewMovement.of(filter.id(), b2.id(), MovementType.TRANSFER_IN, q("5")),
                NewMovement.of(filter.id(), b2.id(), MovementType.COUNTER_SALE, q("-3")));
        assertThat(services.parts().onHand(filter.id())).isEqualByComparingTo("2");

        assertThatThrownBy(() -> post(NewMovement.of(oil.id(), b2.id(), MovementType.COUNTER_SALE, q("-3")),
                NewMovement.of(oil.id(), b2.id(), MovementType.TRANSFER_IN, q("5"))))
                .as("taking before it arrives").hasMessageContaining("stock.insufficient");
        assertThat(services.parts().onHand(oil.id())).isZero();
        LedgerInvariant.assertHolds(services);
    }

    @Test
    void takingFromAnEmptyBinIsRefused() {
        assertThatThrownBy(() -> post(NewMovement.of(filter.id(), b2.id(), MovementType.COUNTER_SALE, q("-1"))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("stock.insufficient");
    }

    @Test
    void aFractionOfAWholeUnitIsRefusedButOilMayBeFractional() {
        InvalidValueException refused = catchThrowableOfType(() -> post(
                NewMovement.of(filter.id(), a1.id(), MovementType.RECEIPT, q("1.5")).withUnitCost(q("18.50"))),
                InvalidValueException.class);
        assertThat(refused.messageKey()).isEqualTo("quantity.invalid.fraction");

        post(NewMovement.of(oil.id(), a1.id(), MovementType.RECEIPT, q("4.25")).withUnitCost(q("52.00")));
        assertThat(services.parts().onHand(oil.id())).isEqualByComparingTo("4.25");
    }

    @Test
    void aQuantityOfTheWrongSignForItsTypeIsRefused() {
        assertThatThrownBy(() -> post(NewMovement.of(filter.id(), a1.id(), MovementType.RECEIPT, q("-1"))))
                .hasMessageContaining("stock.wrongSign");
        assertThatThrownBy(() -> post(NewMovement.of(filter.id(), a1.id(), MovementType.ISSUE_TO_REPAIR_ORDER, q("1"))))
                .hasMessageContaining("stock.wrongSign");
        assertThatThrownBy(() -> post(NewMovement.of(filter.id(), a1.id(), MovementType.ADJUSTMENT, q("0"))))
                .hasMessageContaining("stock.wrongSign");
    }

    @Test
    void aCostWithThreeDecimalsIsRefused() {
        assertThatThrownBy(() -> post(NewMovement.of(filter.id(), a1.id(), MovementType.RECEIPT, q("1"))
                .withUnitCost(q("18.505")))).hasMessageContaining("stock.invalidCost");
    }

    @Test
    void twoClerksTakingTheLastUnitAtOnceOneSucceedsAndOneIsTold() throws Exception {
        post(NewMovement.of(filter.id(), a1.id(), MovementType.RECEIPT, q("1")).withUnitCost(q("18.50")));
        CountDownLatch firstHasTaken = new CountDownLatch(1);
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = clerks.submit(() -> services.transactions().inTransaction(h -> {
                services.stockLedger().post(h, NewMovement.of(filter.id(), a1.id(), MovementType.COUNTER_SALE, q("-1")));
                firstHasTaken.countDown();
                Thread.sleep(400); // still holding the row while the second clerk tries
                return "sold";
            }));
            Future<Object> second = clerks.submit(() -> {
                firstHasTaken.await(5, TimeUnit.SECONDS);
                try {
                    return post(NewMovement.of(filter.id(), a1.id(), MovementType.ISSUE_TO_REPAIR_ORDER, q("-1")));
                } catch (BusinessRuleException e) {
                    return e.messageKey();
                }
            });
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("sold");
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("stock.insufficient");
        } finally {
            clerks.shutdownNow();
        }
        assertThat(services.parts().onHand(filter.id())).isZero();
        LedgerInvariant.assertHolds(services);
    }

    @Test
    void aBatchOfThousandsPostsInOneGo() {
        List<NewMovement> lines = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            lines.add(NewMovement.of(i % 2 == 0 ? filter.id() : oil.id(), i % 3 == 0 ? a1.id() : b2.id(),
                    MovementType.STOCKTAKE_VARIANCE, q("1")).withStocktake(9L));
        }
        List<Long> ids = services.transactions().inTransaction(h -> services.stockLedger().post(h, lines));
        assertThat(ids).hasSize(2000).doesNotHaveDuplicates();
        assertThat(services.parts().onHand(filter.id())).isEqualByComparingTo("1000");
        LedgerInvariant.assertHolds(services);
    }
}
