package com.fours.workbench.repair;

import static com.fours.workbench.repair.RepairFixture.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.InvalidFieldsException;
import com.fours.workbench.core.Money;
import com.fours.workbench.parts.MovementType;
import com.fours.workbench.parts.Reservation;
import com.fours.workbench.parts.ReservationStatus;
import com.fours.workbench.testing.MutableClock;

class RepairOrderServiceTest {

    private final MutableClock clock = MutableClock.shanghai("2026-11-27T02:00:00Z");
    private RepairFixture f;
    private RepairOrderService repair;

    @BeforeEach
    void setUp() {
        f = new RepairFixture(clock);
        repair = f.services.repairOrderService();
    }

    @AfterEach
    void tearDown() {
        f.services.close();
    }

    private RepairPlan plan() {
        return repair.plan(f.orderId());
    }

    @Test
    void aCannedJobBuildsThePlanWithTotalsToTheCentAndReservesItsParts() {
        RepairPlan plan = repair.applyCannedJob(f.orderId(), plan().version(), f.tenThousand.id(), false);
        plan = repair.addLine(f.orderId(), plan.version(), LineInput.labour(f.alignment.id(), q("1.25"), Payer.CUSTOMER),
                false);

        assertThat(plan.status()).isEqualTo(RepairOrderStatus.PLANNED);
        assertThat(plan.lines()).extracting(RepairLine::description, l -> l.amount().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("机油机滤更换", "190.00"),
                        org.assertj.core.groups.Tuple.tuple("机油滤清器", "45.00"),
                        org.assertj.core.groups.Tuple.tuple("丰田全合成机油 0W-20", "441.00"),
                        org.assertj.core.groups.Tuple.tuple("四轮定位", "525.00"));
        assertThat(plan.lines().get(0).unitPrice()).as("level-1 maintenance: the store's rate")
                .isEqualTo(Money.of("380.00"));
        assertThat(plan.lines().get(3).unitPrice()).as("minor repair: its own rate").isEqualTo(Money.of("420.00"));
        assertThat(plan.totals().labour()).isEqualTo(Money.of("715.00"));
        assertThat(plan.totals().parts()).isEqualTo(Money.of("486.00"));
        assertThat(plan.totals().total()).isEqualTo(Money.of("1201.00"));

        f.as("zhaolei");
        List<Reservation> reserved = f.services.reservations().reservations(f.orderId());
        assertThat(reserved).extracting(Reservation::partNumber, r -> r.quantity().stripTrailingZeros().toPlainString(),
                        Reservation::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("90915-YZZE1", "1", ReservationStatus.OPEN),
                        org.assertj.core.groups.Tuple.tuple("08880-83718", "4.5", ReservationStatus.OPEN));
        assertThat(reserved.get(0).repairOrderLineId()).isEqualTo(plan.lines().get(1).id());
    }

    @Test
    void labourIsRoundedHalfUpPerLineAndTheTotalIsTheSumOfTheRoundedLines() {
        RepairPlan plan = plan();
        // 0.33 h x 380.00 = 125.40; 0.07 h x 420.00 = 29.40; a fee of 0.005 is impossible to type, so 33.33 x 1
        plan = repair.addLine(f.orderId(), plan.version(), new LineInput(LineKind.LABOUR, null, null, "检查异响",
                RepairCategory.MINOR_REPAIR, q("0.07"), Money.of("333.33"), Payer.CUSTOMER, null), false);
        plan = repair.addLine(f.orderId(), plan.version(), new LineInput(LineKind.LABOUR, null, null, "路试",
                RepairCategory.MINOR_REPAIR, q("0.13"), Money.of("333.33"), Payer.WARRANTY, null), false);
        // 0.07 x 333.33 = 23.3331 -> 23.33; 0.13 x 333.33 = 43.3329 -> 43.33
        assertThat(plan.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("23.33", "43.33");
        assertThat(plan.totals().total()).isEqualTo(Money.of("66.66"));
        assertThat(plan.totals().customerPays()).isEqualTo(Money.of("23.33"));
        assertThat(plan.totals().byPayer()).containsEntry(Payer.WARRANTY, Money.of("43.33"));
        plan = repair.addLine(f.orderId(), plan.version(), new LineInput(LineKind.PART, null, f.oil.id(), null, null,
                q("0.5"), Money.of("98.05"), Payer.CUSTOMER, null), false);
        // 0.5 x 98.05 = 49.025 -> 49.03 (half up)
        assertThat(plan.lines().get(2).amount()).isEqualTo(Money.of("49.03"));
        assertThat(plan.totals().total()).isEqualTo(Money.of("115.69"));
    }

    @Test
    void aPartWithNoStockIsRefusedUntilThePurchaseRequestIsConfirmedAndNothingIsHalfSaved() {
        int version = plan().version();
        PartShortageException shortage = catchThrowableOfType(() -> repair.addLine(f.orderId(), version,
                LineInput.part(f.pads.id(), q("1"), Payer.CUSTOMER), false), PartShortageException.class);
        assertThat(shortage.messageKey()).isEqualTo("repairLine.partShort");
        assertThat(shortage.partNumber()).isEqualTo("04465-33450");
        assertThat(shortage.shortage()).isEqualByComparingTo("1");
        assertThat(plan().lines()).isEmpty();
        assertThat(plan().version()).as("the refused change left no version behind").isEqualTo(version);
        assertThat(openRequests()).isZero();
        f.as("zhaolei");
        assertThat(f.services.reservations().reservations(f.orderId())).isEmpty();

        f.as("lina");
        RepairPlan plan = repair.addLine(f.orderId(), version, LineInput.part(f.pads.id(), q("1"), Payer.CUSTOMER), true);
        assertThat(plan.lines()).singleElement().satisfies(l -> {
            assertThat(l.partNumber()).isEqualTo("04465-33450");
            assertThat(l.reservationId()).isNotNull();
        });
        assertThat(openRequests()).isEqualTo(1);
    }

    private int openRequests() {
        return f.services.transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM purchase_request WHERE repair_order_id = :o AND status = 'OPEN'")
                .bind("o", f.orderId()).mapTo(Integer.class).one());
    }
}
