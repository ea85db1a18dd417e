package com.fours.workbench.parts;

import static com.fours.workbench.parts.WarehouseFixture.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Money;
import com.fours.workbench.security.AccessDeniedException;
import com.fours.workbench.testing.MutableClock;

class ReservationServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private WarehouseFixture w;

    @BeforeEach
    void setUp() {
        w = new WarehouseFixture(clock);
        w.as("zhaolei");
        PurchaseOrder draft = w.services.purchasing().createOrder(w.supplier.id(), List.of(
                new OrderLineInput(w.filter.id(), q("6"), Money.of("18.50")),
                new OrderLineInput(w.oil.id(), q("20"), Money.of("52.00"))), null);
        PurchaseOrder sent = w.services.purchasing().send(draft.id(), draft.version());
        w.services.purchasing().receive(sent.id(), sent.version(), "GT-0001", List.of(
                ReceiptLineInput.againstOrder(sent.lines().get(0).id(), w.a1.id(), q("6"), null),
                ReceiptLineInput.againstOrder(sent.lines().get(1).id(), w.b2.id(), q("20"), null)));
        clock.advance(Duration.ofHours(1));
    }

    @AfterEach
    void tearDown() {
        w.services.close();
    }

    @Test
    void aReservationIsPickedByBinIssuedByScanningAndTheRestReturned() {
        ReservationResult filter = w.services.reservations().reserve(900L, 9001L, w.filter.id(), q("1"));
        ReservationResult oil = w.services.reservations().reserve(900L, 9002L, w.oil.id(), q("4.5"));
        assertThat(filter.shortage()).isZero();
        assertThat(filter.reservation().servedFromStock()).isTrue();

        assertThat(w.services.reservations().pickList(900L))
                .extracting(PickLine::binCode, PickLine::partNumber, l -> Quantity.display(l.toPick()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-01-01", "90915-YZZE1", "1"),
                        org.assertj.core.groups.Tuple.tuple("B-02-03", "08880-83718", "4.5"));

        Reservation issued = w.services.reservations().issueByCode(900L, "4582198201234", q("1"));
        assertThat(issued.status()).isEqualTo(ReservationStatus.ISSUED);
        w.services.reservations().issue(oil.reservation().id(), w.b2.id(), q("4.5"));
        assertThat(w.services.reservations().pickList(900L)).isEmpty();
        assertThat(w.services.parts().onHand(w.oil.id())).isEqualByComparingTo("15.5");

        Reservation back = w.services.reservations().returnUnused(oil.reservation().id(), w.b2.id(), q("0.5"));
        assertThat(back.returned()).isEqualByComparingTo("0.5");
        assertThat(w.services.parts().onHand(w.oil.id())).isEqualByComparingTo("16");
        assertThat(w.services.parts().history(w.oil.id(), 1).get(0).movementType())
                .isEqualTo(MovementType.RETURN_FROM_REPAIR_ORDER);
        assertThatThrownBy(() -> w.services.reservations().returnUnused(oil.reservation().id(), w.b2.id(), q("4.5")))
                .hasMessageContaining("reservation.overReturn");
        LedgerInvariant.assertHolds(w.services);
    }

    @Test
    void anIssuedPartIsTracedBackToItsReceiptAndSupplier() {
        ReservationResult r = w.services.reservations().reserve(901L, 9011L, w.filter.id(), q("2"));
        w.services.reservations().issueByCode(901L, "90915-yzze1", q("2"));
        StockMovement issue = w.services.parts().history(w.filter.id(), 1).get(0);
        assertThat(issue.reservationId()).isEqualTo(r.reservation().id());
        assertThat(issue.repairOrderId()).isEqualTo(901L);

        List<TraceLine> trace = w.services.reservations().trace(issue.id());
        assertThat(trace).singleElement().satisfies(t -> {
            assertThat(t.quantity()).isEqualByComparingTo("2");
            assertThat(t.supplierName()).isEqualTo("广汽丰田配件中心");
            assertThat(t.deliveryNote()).isEqualTo("GT-0001");
            assertThat(t.orderNumber()).startsWith("PO20261127-");
            assertThat(t.unitCost()).isEqualByComparingTo("18.50");
        });
    }

    @Test
    void aPartNotInStockRaisesAPurchaseRequestAndCountsAgainstTheFillRate() {
        w.services.reservations().reserve(902L, 9021L, w.filter.id(), q("4"));
        ReservationResult short1 = w.services.reservations().reserve(903L, 9031L, w.filter.id(), q("3"));
        assertThat(short1.reservation().servedFromStock()).isFalse();
        assertThat(short1.shortage()).as("6 on hand, 4 promised already").isEqualByComparingTo("1");
        assertThat(short1.purchaseRequestId()).isNotNull();
        assertThat(w.services.purchasing().reorderSuggestions()).extracting(ReorderSuggestion::partNumber)
                .contains("90915-YZZE1");

        StockFigures figures = w.services.partsFigures().figures(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(figures.linesRequested()).isEqualTo(2);
        assertThat(figures.linesFromStock()).isEqualTo(1);
        assertThat(figures.fillRatePercent()).isEqualByComparingTo("50.0");
    }

    @Test
    void anUnknownBarcodeIsRefusedWithTheCodeAndNothingMoves() {
        w.services.reservations().reserve(904L, 9041L, w.filter.id(), q("1"));
        BusinessRuleException refused = catchThrowableOfType(
                () -> w.services.reservations().issueByCode(904L, " 6900000000000 ", q("1")), BusinessRuleException.class);
        assertThat(refused.messageKey()).isEqualTo("issue.unknownCode");
        assertThat(refused.arguments()).containsExactly("6900000000000");
        assertThat(w.services.parts().onHand(w.filter.id())).isEqualByComparingTo("6");
        assertThatThrownBy(() -> w.services.reservations().issueByCode(904L, "08880-83718", q("1")))
                .hasMessageContaining("issue.notReserved");
    }

    @Test
    void issuingMoreThanReservedOrOnHandIsRefused() {
        ReservationResult r = w.services.reservations().reserve(905L, 9051L, w.filter.id(), q("8"));
        assertThatThrownBy(() -> w.services.reservations().issue(r.reservation().id(), w.a1.id(), q("9")))
                .hasMessageContaining("reservation.overIssue");
        BusinessRuleException refused = catchThrowableOfType(
                () -> w.services.reservations().issue(r.reservation().id(), w.a1.id(), q("7")), BusinessRuleException.class);
        assertThat(refused.messageKey()).isEqualTo("stock.insufficient");
        Reservation after = w.services.reservations().reservations(905L).get(0);
        assertThat(after.issued()).as("the reservation update rolled back with the refused movement").isZero();
        assertThatThrownBy(() -> w.services.reservations().issue(r.reservation().id(), w.a1.id(), q("0.5")))
                .hasMessageContaining("quantity.invalid.fraction");
    }

    @Test
    void anAdvisorMayReserveButNotIssue() {
        w.as("lina");
        ReservationResult r = w.services.reservations().reserve(906L, 9061L, w.filter.id(), q("1"));
        assertThatThrownBy(() -> w.services.reservations().issue(r.reservation().id(), w.a1.id(), q("1")))
                .isInstanceOf(AccessDeniedException.class);
        w.services.reservations().release(r.reservation().id());
        w.as("zhaolei");
        assertThat(w.services.reservations().reservations(906L).get(0).status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(w.services.reservations().repairOrdersToServe()).doesNotContain(906L);
    }

    @Test
    void twoClerksIssuingTheLastUnitOneSucceedsTheOtherIsTold() throws Exception {
        w.services.stock().counterSale(w.filter.id(), w.a1.id(), q("5"), "柜台零售");
        ReservationResult first = w.services.reservations().reserve(907L, 9071L, w.filter.id(), q("1"));
        ReservationResult second = w.services.reservations().reserve(908L, 9081L, w.filter.id(), q("1"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        try {
            Callable<String> issueFirst = () -> attempt(start, first.reservation().id());
            Callable<String> issueSecond = () -> attempt(start, second.reservation().id());
            Future<String> a = clerks.submit(issueFirst);
            Future<String> b = clerks.submit(issueSecond);
            start.countDown();
            assertThat(List.of(a.get(20, TimeUnit.SECONDS), b.get(20, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder("issued", "stock.insufficient");
        } finally {
            clerks.shutdownNow();
        }
        assertThat(w.services.parts().onHand(w.filter.id())).isZero();
        LedgerInvariant.assertHolds(w.services);
    }

    private String attempt(CountDownLatch start, long reservationId) throws InterruptedException {
        start.await();
        try {
            w.services.reservations().issue(reservationId, w.a1.id(), q("1"));
            return "issued";
        } catch (BusinessRuleException e) {
            return e.messageKey();
        }
    }
}
