package com.fours.workbench.parts;

import static com.fours.workbench.parts.WarehouseFixture.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.Money;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.testing.MutableClock;

/** Counter sales, adjustments, transfers, the price policy and the figures. */
class StockServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2025-06-02T02:00:00Z");
    private WarehouseFixture w;

    @BeforeEach
    void setUp() {
        w = new WarehouseFixture(clock);
        w.services.purchasing().receiveWithoutOrder(w.supplier.id(), "GT-1", "期初库存", List.of(
                ReceiptLineInput.withoutOrder(w.filter.id(), w.a1.id(), q("10"), Money.of("20.00")),
                ReceiptLineInput.withoutOrder(w.oil.id(), w.b2.id(), q("50"), Money.of("50.00"))));
        w.as("zhaolei");
    }

    @AfterEach
    void tearDown() {
        w.services.close();
    }

    @Test
    void aCounterSaleTakesStockOutAtTheAverageCost() {
        w.services.stock().counterSale(w.filter.id(), w.a1.id(), q("2"), "散客");
        StockMovement sale = w.services.parts().history(w.filter.id(), 1).get(0);
        assertThat(sale.movementType()).isEqualTo(MovementType.COUNTER_SALE);
        assertThat(sale.quantity()).isEqualByComparingTo("-2");
        assertThat(sale.unitCost()).isEqualByComparingTo("20.00");
        assertThat(w.services.reservations().trace(sale.id())).singleElement()
                .satisfies(t -> assertThat(t.deliveryNote()).isEqualTo("GT-1"));
        assertThatThrownBy(() -> w.services.stock().counterSale(w.filter.id(), w.a1.id(), q("9"), null))
                .hasMessageContaining("stock.insufficient");
    }

    @Test
    void anAdjustmentNeedsThePermissionAndAReasonAndIsAudited() {
        assertThatThrownBy(() -> w.services.stock().adjust(w.filter.id(), w.a1.id(), q("-1"), "破损"))
                .isInstanceOf(AccessDeniedException.class);
        w.as("zhoujie");
        assertThatThrownBy(() -> w.services.stock().adjust(w.filter.id(), w.a1.id(), q("-1"), " "))
                .hasMessageContaining("stock.reasonRequired");
        w.services.stock().adjust(w.filter.id(), w.a1.id(), q("-1"), "包装破损，滤芯受潮");
        assertThat(w.services.parts().onHand(w.filter.id())).isEqualByComparingTo("9");
        List<AuditEntry> audit = w.services.auditLog().find(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 2), "");
        assertThat(audit).filteredOn(e -> e.action().equals("STOCK_ADJUSTED")).singleElement().satisfies(e -> {
            assertThat(e.beforeValue()).isEqualTo("90915-YZZE1 A-01-01 10");
            assertThat(e.afterValue()).isEqualTo("9 (包装破损,滤芯受潮)");
        });
    }

    @Test
    void aTransferMovesStockBetweenBinsAndKeepsTheTotal() {
        w.services.stock().transfer(w.filter.id(), w.a1.id(), w.b2.id(), q("4"));
        assertThat(w.services.parts().balances(w.filter.id()))
                .extracting(StockBalance::binCode, b -> Quantity.display(b.onHand()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-01-01", "6"),
                        org.assertj.core.groups.Tuple.tuple("B-02-03", "4"));
        assertThat(w.services.parts().onHand(w.filter.id())).isEqualByComparingTo("10");
        assertThatThrownBy(() -> w.services.stock().transfer(w.filter.id(), w.a1.id(), w.a1.id(), q("1")))
                .hasMessageContaining("stock.transferSameBin");
        LedgerInvariant.assertHolds(w.services);
    }

    @Test
    void theRetailPriceIsCostPlusTheCategoryMarginOrTheFixedListPrice() {
        w.as("zhoujie");
        w.services.parts().setMargin(PartCategory.FILTER, "35%");
        assertThat(w.services.parts().retailPrice(w.services.parts().find(w.filter.id()))).isEqualTo(Money.of("27.00"));
        assertThat(w.services.parts().retailPrice(w.services.parts().find(w.oil.id()))).isEqualTo(Money.of("98.00"));
        assertThatThrownBy(() -> w.services.parts().setMargin(PartCategory.FILTER, "12.345"))
                .hasMessageContaining("margin.invalid");
    }

    @Test
    void figuresShowValueTurnoverDeadStockAndAbcClasses() {
        // filter 10 x 20.00 = 200.00; oil 50 x 50.00 = 2500.00
        assertThat(w.services.partsFigures().stockValue()).isEqualTo(Money.of("2700.00"));
        clock.advance(Duration.ofDays(30));
        w.services.stock().counterSale(w.oil.id(), w.b2.id(), q("10"), null); // 500.00 of cost
        w.services.stock().counterSale(w.filter.id(), w.a1.id(), q("1"), null); // 20.00

        StockFigures f = w.services.partsFigures().figures(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 31));
        assertThat(f.costOfIssues()).isEqualTo(Money.of("520.00"));
        // value at start 0, at end 2180.00 -> average 1090.00; 520 / 1090 = 0.48
        assertThat(f.averageStockValue()).isEqualTo(Money.of("1090.00"));
        assertThat(f.turnover()).isEqualByComparingTo("0.48");

        assertThat(w.services.partsFigures().abcClasses(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 31)))
                .extracting(AbcLine::partNumber, AbcLine::abcClass)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("08880-83718", AbcClass.A),
                        org.assertj.core.groups.Tuple.tuple("90915-YZZE1", AbcClass.C));

        assertThat(w.services.partsFigures().deadStock()).isEmpty();
        clock.advance(Duration.ofDays(400));
        assertThat(w.services.partsFigures().deadStock()).extracting(DeadStockLine::partNumber)
                .containsExactly("08880-83718", "90915-YZZE1");
    }
}
