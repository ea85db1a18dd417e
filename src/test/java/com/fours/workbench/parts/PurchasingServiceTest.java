package com.fours.workbench.parts;

import static com.fours.workbench.parts.WarehouseFixture.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.security.AuditEntry;
import com.fours.workbench.testing.MutableClock;

class PurchasingServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private WarehouseFixture w;

    @BeforeEach
    void setUp() {
        w = new WarehouseFixture(clock);
        w.as("zhaolei");
    }

    @AfterEach
    void tearDown() {
        w.services.close();
    }

    private PurchaseOrder sentOrder() {
        PurchaseOrder draft = w.services.purchasing().createOrder(w.supplier.id(), List.of(
                new OrderLineInput(w.filter.id(), q("20"), Money.of("18.50")),
                new OrderLineInput(w.oil.id(), q("40"), Money.of("52.00"))), "月度补货");
        return w.services.purchasing().send(draft.id(), draft.version());
    }

    @Test
    void anOrderGoesFromDraftToSentToPartlyReceivedToReceived() {
        PurchaseOrder draft = w.services.purchasing().createOrder(w.supplier.id(), List.of(
                new OrderLineInput(w.filter.id(), q("20"), Money.of("18.50")),
                new OrderLineInput(w.oil.id(), q("40"), Money.of("52.00"))), "月度补货");
        assertThat(draft.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
        assertThat(draft.orderNumber()).isEqualTo("PO20261127-001");
        assertThat(draft.total()).isEqualTo(Money.of("2450.00"));
        assertThatThrownBy(() -> w.services.purchasing().receive(draft.id(), draft.version(), "SN-1",
                List.of(ReceiptLineInput.againstOrder(draft.lines().get(0).id(), w.a1.id(), q("1"), null))))
                .hasMessageContaining("purchase.notExpectingDelivery");

        PurchaseOrder sent = w.services.purchasing().send(draft.id(), draft.version());
        Receipt first = w.services.purchasing().receive(sent.id(), sent.version(), "GT-2026-1127-01", List.of(
                ReceiptLineInput.againstOrder(sent.lines().get(0).id(), w.a1.id(), q("12"), Money.of("18.50"))));
        assertThat(first.orderStatus()).isEqualTo(PurchaseOrderStatus.PARTLY_RECEIVED);
        assertThat(first.priceDifferences()).isEmpty();
        PurchaseOrder partly = w.services.purchasing().order(sent.id());
        assertThat(partly.lines().get(0).outstanding()).isEqualByComparingTo("8");

        Receipt second = w.services.purchasing().receive(sent.id(), partly.version(), "GT-2026-1128-02", List.of(
                ReceiptLineInput.againstOrder(sent.lines().get(0).id(), w.a1.id(), q("8"), Money.of("19.00")),
                ReceiptLineInput.againstOrder(sent.lines().get(1).id(), w.b2.id(), q("40"), null)));
        assertThat(second.orderStatus()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(second.priceDifferences()).singleElement().satisfies(d -> {
            assertThat(d.partNumber()).isEqualTo("90915-YZZE1");
            assertThat(d.orderedPrice()).isEqualByComparingTo("18.50");
            assertThat(d.receivedPrice()).isEqualByComparingTo("19.00");
        });
        assertThat(w.services.parts().onHand(w.filter.id())).isEqualByComparingTo("20");
        assertThat(w.services.parts().onHand(w.oil.id())).isEqualByComparingTo("40");
        // (12 x 18.50 + 8 x 19.00) / 20 = 18.70
        assertThat(w.services.parts().find(w.filter.id()).averageCost()).isEqualTo(Money.of("18.70"));
        assertThat(w.services.parts().history(w.filter.id(), 10)).extracting(StockMovement::reference)
                .containsExactly("GT-2026-1128-02", "GT-2026-1127-01");
        LedgerInvariant.assertHolds(w.services);
    }

    @Test
    void receivingMoreThanOrderedNeedsAReasonAndIsAudited() {
        PurchaseOrder sent = sentOrder();
        ReceiptLineInput tooMany = ReceiptLineInput.againstOrder(sent.lines().get(0).id(), w.a1.id(), q("24"), null);

        BusinessRuleException refused = catchThrowableOfType(() -> w.services.purchasing().receive(sent.id(),
                sent.version(), "GT-1", List.of(tooMany)), BusinessRuleException.class);
        assertThat(refused.messageKey()).isEqualTo("purchase.overReceipt");
        assertThat(refused.arguments()).containsExactly("90915-YZZE1", "20", "24");
        assertThat(w.services.parts().onHand(w.filter.id())).as("nothing posted").isZero();

        Receipt receipt = w.services.purchasing().receive(sent.id(), sent.version(), "GT-1",
                List.of(tooMany.withOverReceiptReason("供应商多送 4 个，已电话确认按单价结算")));
        assertThat(w.services.parts().onHand(w.filter.id())).isEqualByComparingTo("24");
        assertThat(receipt.orderStatus()).isEqualTo(PurchaseOrderStatus.PARTLY_RECEIVED);
        w.as("zhoujie");
        assertThat(w.services.auditLog().find(java.time.LocalDate.of(2026, 11, 27), java.time.LocalDate.of(2026, 11, 27), "")).extracting(AuditEntry::action)
                .contains("OVER_RECEIPT");
    }

    @Test
    void aDeliveryNoteIsRequiredAndFractionsOfWholeUnitsAreRefused() {
        PurchaseOrder sent = sentOrder();
        assertThatThrownBy(() -> w.services.purchasing().receive(sent.id(), sent.version(), " ", List.of(
                ReceiptLineInput.againstOrder(sent.lines().get(0).id(), w.a1.id(), q("1"), null))))
                .hasMessageContaining("purchase.deliveryNoteRequired");
        assertThatThrownBy(() -> w.services.purchasing().receive(sent.id(), sent.version(), "GT-1", List.of(
                ReceiptLineInput.againstOrder(sent.lines().get(0).id(), w.a1.id(), q("1.5"), null))))
                .hasMessageContaining("quantity.invalid.fraction");
    }

    @Test
    void onlyAPermittedRoleReceivesWithoutAnOrder() {
        List<ReceiptLineInput> lines = List.of(ReceiptLineInput.withoutOrder(w.filter.id(), w.a1.id(), q("3"), Money.of("20.00")));
        assertThatThrownBy(() -> w.services.purchasing().receiveWithoutOrder(w.supplier.id(), "X-1", "急件", lines))
                .isInstanceOf(AccessDeniedException.class);

        w.as("zhoujie");
        assertThatThrownBy(() -> w.services.purchasing().receiveWithoutOrder(w.supplier.id(), "X-1", "", lines))
                .hasMessageContaining("stock.reasonRequired");
        w.services.purchasing().receiveWithoutOrder(w.supplier.id(), "X-1", "急件，先到货后补单", lines);
        assertThat(w.services.parts().onHand(w.filter.id())).isEqualByComparingTo("3");
        assertThat(w.services.parts().find(w.filter.id()).averageCost()).isEqualTo(Money.of("20.00"));
    }

    @Test
    void aPartIsLinkedToItsSuppliersThePreferredOneFirst() {
        w.as("zhoujie");
        Supplier second = w.services.purchasing().createSupplier("bosch-gz", "博世汽车配件(广州)经销部", "林晓东", null, null);
        assertThat(second.code()).isEqualTo("BOSCH-GZ");
        w.services.purchasing().linkSupplier(w.filter.id(), w.supplier.id(), Money.of("18.50"));
        w.services.purchasing().linkSupplier(w.filter.id(), second.id(), null);
        assertThat(w.services.purchasing().suppliersOf(w.filter.id())).extracting(Supplier::code)
                .containsExactly("GTMC-PC", "BOSCH-GZ");
        assertThat(w.services.purchasing().supplierByCode("bosch-gz")).map(Supplier::id).contains(second.id());
        assertThatThrownBy(() -> w.services.purchasing().createSupplier("BOSCH-GZ", "重复", null, null, null))
                .hasMessageContaining("supplier.exists");
    }

    @Test
    void reorderSuggestionsCountReservationsAndOpenOrders() {
        // filter: reorder point 5, reorder quantity 20; nothing on hand -> order up to 25
        assertThat(w.services.purchasing().reorderSuggestions()).singleElement().satisfies(s -> {
            assertThat(s.partNumber()).isEqualTo("90915-YZZE1");
            assertThat(s.suggestedQuantity()).isEqualByComparingTo("25");
        });
        PurchaseOrder sent = sentOrder(); // 20 filters on order
        w.services.reservations().reserve(500L, 5001L, w.filter.id(), q("3"));
        // projected = 0 on hand - 3 reserved + 20 on order = 17 > 5: nothing to suggest for the filter;
        // the oil (no reorder point) is suggested only because of a purchase request? it has none.
        assertThat(w.services.purchasing().reorderSuggestions()).isEmpty();
        w.services.reservations().reserve(500L, 5002L, w.oil.id(), q("4.5"));
        assertThat(w.services.purchasing().reorderSuggestions()).isEmpty(); // 40 l of oil on order cover it
        w.services.purchasing().close(sent.id(), sent.version());
        assertThat(w.services.purchasing().reorderSuggestions())
                .extracting(ReorderSuggestion::partNumber, s -> s.suggestedQuantity().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("08880-83718", "4.5"),
                        org.assertj.core.groups.Tuple.tuple("90915-YZZE1", "28"));
    }
}
