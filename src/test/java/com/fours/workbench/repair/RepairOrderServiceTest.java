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
import com.fours.workbench.testing.QcSteps;
import com.fours.workbench.testing.TestWorkbench;
import com.fours.workbench.security.Role;

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

    private RepairPlan approvedPlan() {
        RepairPlan plan = repair.applyCannedJob(f.orderId(), plan().version(), f.tenThousand.id(), false);
        return repair.approve(f.orderId(), plan.version(), ApprovalInput.counter("张伟"));
    }

    @Test
    void aCounterSignatureApprovesThePlanAndSetsTheApprovedEstimate() {
        RepairPlan plan = approvedPlan();
        assertThat(plan.status()).isEqualTo(RepairOrderStatus.APPROVED);
        assertThat(plan.approvedEstimate()).isEqualTo(Money.of("676.00"));
        assertThat(plan.lines()).allMatch(RepairLine::approved);
        assertThat(plan.approvals()).singleElement().satisfies(a -> {
            assertThat(a.method()).isEqualTo(ApprovalMethod.COUNTER_SIGNATURE);
            assertThat(a.customerName()).isEqualTo("张伟");
            assertThat(a.recordedBy()).isEqualTo("lina");
            assertThat(a.approvedAmount()).isEqualTo(Money.of("676.00"));
        });
    }

    @Test
    void anAdditionAboveTheMarginStopsTheOrderUntilTheCustomerApprovesByPhone() {
        RepairPlan plan = approvedPlan();
        plan = repair.transition(f.orderId(), plan.version(), RepairOrderStatus.IN_PROGRESS);
        // 676.00 approved, margin 10 %: up to 743.60 goes on without asking
        plan = repair.addLine(f.orderId(), plan.version(), LineInput.fee("废油处理费", Money.of("67.60"), Payer.CUSTOMER),
                false);
        assertThat(plan.totals().total()).isEqualTo(Money.of("743.60"));
        assertThat(plan.needsApproval()).as("exactly at the margin").isFalse();
        assertThat(plan.lines().get(3).pendingApproval()).as("still needs the word of the customer").isTrue();

        plan = repair.addLine(f.orderId(), plan.version(), LineInput.labour(f.brakePads.id(), q("1.5"), Payer.CUSTOMER),
                false);
        assertThat(plan.totals().total()).isEqualTo(Money.of("1373.60"));
        assertThat(plan.needsApproval()).isTrue();
        int version = plan.version();
        BusinessRuleException refused = catchThrowableOfType(
                () -> repair.transition(f.orderId(), version, RepairOrderStatus.IN_QC), BusinessRuleException.class);
        assertThat(refused.messageKey()).isEqualTo("repairTransition.overApproved");
        assertThat(refused.arguments()).containsExactly(plan.order().number(), "1373.60", "676.00");
        long brakeLine = plan.lines().get(4).id();
        BusinessRuleException notWorkable = catchThrowableOfType(() -> f.services.transactions()
                .read(h -> RepairOrderService.requireWorkable(h, brakeLine)), BusinessRuleException.class);
        assertThat(notWorkable.messageKey()).isEqualTo("repairLine.notApproved");

        clock.advance(Duration.ofMinutes(40));
        plan = repair.approve(f.orderId(), version, ApprovalInput.phone("张伟", "李娜", clock.instant(),
                "同意更换前刹车片，废油处理费不要").declining(Set.of(plan.lines().get(3).id())));
        assertThat(plan.needsApproval()).isFalse();
        assertThat(plan.status()).isEqualTo(RepairOrderStatus.IN_PROGRESS);
        assertThat(plan.approvedEstimate()).isEqualTo(Money.of("1306.00"));
        assertThat(plan.totals().total()).isEqualTo(Money.of("1306.00"));
        assertThat(plan.totals().declined()).isEqualTo(Money.of("67.60"));
        assertThat(plan.approvals()).last().satisfies(a -> {
            assertThat(a.method()).isEqualTo(ApprovalMethod.PHONE);
            assertThat(a.calledBy()).isEqualTo("李娜");
            assertThat(a.calledAt()).isEqualTo(clock.instant());
            assertThat(a.whatWasSaid()).contains("前刹车片");
            assertThat(a.declinedAmount()).isEqualTo(Money.of("67.60"));
        });
        assertThat(f.services.transactions().read(h -> RepairOrderService.requireWorkable(h, brakeLine)).approved())
                .isTrue();
    }

    @Test
    void aDeclinedLineIsRecommendedAtTheNextVisit() {
        RepairPlan plan = repair.applyCannedJob(f.orderId(), plan().version(), f.tenThousand.id(), false);
        plan = repair.addLine(f.orderId(), plan.version(), LineInput.labour(f.alignment.id(), q("1.2"), Payer.CUSTOMER),
                false);
        long alignmentLine = plan.lines().get(3).id();
        repair.approve(f.orderId(), plan.version(), ApprovalInput.counter("张伟").declining(Set.of(alignmentLine)));

        List<Recommendation> next = repair.recommendations(f.vehicle.id());
        assertThat(next).singleElement().satisfies(r -> {
            assertThat(r.description()).isEqualTo("四轮定位");
            assertThat(r.amount()).isEqualTo(Money.of("504.00"));
            assertThat(r.orderNumber()).isEqualTo(plan().order().number());
        });
    }

    @Test
    void theVehicleCardShowsTheOrderWithWhatWasDeclined() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            RepairPlan plan = repair.applyCannedJob(f.orderId(), plan().version(), f.tenThousand.id(), false);
            plan = repair.addLine(f.orderId(), plan.version(),
                    LineInput.labour(f.alignment.id(), q("1.2"), Payer.CUSTOMER), false);
            repair.approve(f.orderId(), plan.version(), ApprovalInput.counter("张伟")
                    .declining(Set.of(plan.lines().get(3).id())));
            var card = f.services.vehicles().card(f.vehicle.id());
            assertThat(card.visits()).singleElement().satisfies(v -> {
                assertThat(v.reference()).isEqualTo(plan().order().number());
                assertThat(v.kind()).isEqualTo("维修工单");
                assertThat(v.status()).isEqualTo("客户已确认");
                assertThat(v.summary()).isEqualTo("机油机滤更换、机油滤清器、丰田全合成机油 0W-20 · ¥676.00"
                        + " （客户拒绝，下次建议：四轮定位）");
            });
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void eachGuardedTransitionRefusesUntilItsConditionHolds() {
        int v0 = plan().version();
        assertRefused(() -> repair.transition(f.orderId(), v0, RepairOrderStatus.PLANNED), "repairTransition.noLines");
        assertRefused(() -> repair.transition(f.orderId(), v0, RepairOrderStatus.IN_PROGRESS),
                "repairTransition.notAllowed");
        RepairPlan plan = repair.applyCannedJob(f.orderId(), v0, f.tenThousand.id(), false);
        int v1 = plan.version();
        assertRefused(() -> repair.transition(f.orderId(), v1, RepairOrderStatus.APPROVED),
                "repairTransition.pendingLines");
        plan = repair.approve(f.orderId(), v1, ApprovalInput.counter("张伟"));
        assertThat(repair.possibleTransitions(plan)).containsExactly(RepairOrderStatus.IN_PROGRESS,
                RepairOrderStatus.CANCELLED);
        plan = repair.transition(f.orderId(), plan.version(), RepairOrderStatus.IN_PROGRESS);

        int v2 = plan.version();
        assertRefused(() -> repair.transition(f.orderId(), v2, RepairOrderStatus.IN_QC), "repairTransition.openLines");
        long labourLine = plan.lines().get(0).id();
        f.as("wanggang");
        f.services.transactions().useTransaction(h -> repair.lineStarted(h, labourLine));
        f.services.transactions().useTransaction(h -> repair.lineDone(h, labourLine));
        f.as("lina");
        int v3 = plan().version();
        assertRefused(() -> repair.transition(f.orderId(), v3, RepairOrderStatus.IN_QC),
                "repairTransition.partsOutstanding");

        f.as("zhaolei");
        for (Reservation r : f.services.reservations().reservations(f.orderId())) {
            f.services.reservations().issueByCode(f.orderId(), r.partNumber(), r.quantity());
        }
        f.as("lina");
        plan = repair.transition(f.orderId(), plan().version(), RepairOrderStatus.IN_QC);
        assertThat(plan.status()).isEqualTo(RepairOrderStatus.IN_QC);
        int v4 = plan.version();
        assertRefused(() -> repair.addLine(f.orderId(), v4, LineInput.fee("洗车", Money.of("30.00"), Payer.INTERNAL),
                false), "repairOrder.notEditable");
        assertThat(catchThrowableOfType(() -> repair.transition(f.orderId(), v4,
                RepairOrderStatus.READY_FOR_SETTLEMENT), com.fours.workbench.security.AccessDeniedException.class))
                .as("an advisor does not pass quality control").isNotNull();

        // quality control's three-level sign-off takes the order on to settlement (its guard refuses it otherwise)
        f.services.authentication().logout();
        TestWorkbench.addUser(f.services, "zhangwei", RepairFixture.PASSWORD, Role.TECHNICIAN);
        QcSteps.passAll(f.services, f.orderId(), RepairFixture.PASSWORD, "zhangwei", "wanggang", "sunli");
        f.as("sunli");
        plan = plan();
        assertThat(plan.status()).isEqualTo(RepairOrderStatus.READY_FOR_SETTLEMENT);
        int v5 = plan.version();
        f.as("zhoujie");
        assertRefused(() -> repair.transition(f.orderId(), v5, RepairOrderStatus.DELIVERED),
                "repairTransition.notAllowed");
        // the cashier's guard: settled only with issued bills, delivered only when they are paid
        assertRefused(() -> repair.transition(f.orderId(), v5, RepairOrderStatus.SETTLED), "cashier.gate.notBilled");
        var bills = f.services.cashier().settle(f.orderId(), v5, com.fours.workbench.cashier.SettlementInput.plain(), null);
        f.services.payments().pay(bills.get(0).id(), com.fours.workbench.cashier.PaymentInput.today(
                com.fours.workbench.cashier.PaymentMethod.CASH, bills.get(0).due().toPlainString()));
        plan = repair.transition(f.orderId(), plan().version(), RepairOrderStatus.DELIVERED);
        assertThat(plan.status()).isEqualTo(RepairOrderStatus.DELIVERED);
        assertThat(repair.possibleTransitions(plan)).isEmpty();
    }

    @Test
    void aGuardOfAnotherFeatureRefusesSettlementBeforeItsCheckPasses() {
        repair.addGuard((handle, plan, target) -> {
            if (target == RepairOrderStatus.READY_FOR_SETTLEMENT) {
                throw new BusinessRuleException("qc.finalCheckMissing");
            }
        });
        RepairPlan plan = repair.addLine(f.orderId(), plan().version(),
                LineInput.fee("检测费", Money.of("50.00"), Payer.CUSTOMER), false);
        plan = repair.approve(f.orderId(), plan.version(), ApprovalInput.counter("张伟"));
        plan = repair.transition(f.orderId(), plan.version(), RepairOrderStatus.IN_PROGRESS);
        plan = repair.transition(f.orderId(), plan.version(), RepairOrderStatus.IN_QC);
        int v = plan.version();
        f.as("sunli");
        assertRefused(() -> repair.transition(f.orderId(), v, RepairOrderStatus.READY_FOR_SETTLEMENT),
                "qc.finalCheckMissing");
        assertThat(plan().status()).isEqualTo(RepairOrderStatus.IN_QC);
    }

    @Test
    void issuedPartsFlowIntoTheWarehouseLedgerAgainstTheRepairOrderLine() {
        RepairPlan plan = approvedPlan();
        RepairLine oilLine = plan.lines().get(2);
        f.as("zhaolei");
        Reservation r = f.services.reservations().reservations(f.orderId()).get(1);
        assertThat(r.id()).isEqualTo(oilLine.reservationId());
        f.services.reservations().issueByCode(f.orderId(), "08880-83718", q("4.5"));
        assertThat(f.services.parts().onHand(f.oil.id())).isEqualByComparingTo("15.5");
        var movement = f.services.parts().history(f.oil.id(), 1).get(0);
        assertThat(movement.movementType()).isEqualTo(MovementType.ISSUE_TO_REPAIR_ORDER);
        assertThat(movement.repairOrderId()).isEqualTo(f.orderId());
        assertThat(movement.reservationId()).isEqualTo(oilLine.reservationId());

        f.as("lina");
        int v = plan().version();
        assertRefused(() -> repair.removeLine(f.orderId(), v, oilLine.id()), "repairLine.partsIssued");
        // the filter is not issued yet: removing its line gives the reservation back
        RepairPlan after = repair.removeLine(f.orderId(), v, plan.lines().get(1).id());
        assertThat(after.lines()).hasSize(2);
        f.as("zhaolei");
        assertThat(f.services.reservations().reservations(f.orderId()).get(0).status())
                .isEqualTo(ReservationStatus.RELEASED);
    }

    @Test
    void theSecondToSaveIsToldWhatChangedAndNothingOfTheirsIsSaved() {
        int read = plan().version();
        RepairPlan first = repair.addLine(f.orderId(), read, LineInput.labour(f.alignment.id(), q("1.2"), Payer.CUSTOMER),
                false);
        OrderChangedException conflict = catchThrowableOfType(() -> repair.addLine(f.orderId(), read,
                LineInput.fee("洗车", Money.of("30.00"), Payer.CUSTOMER), false), OrderChangedException.class);
        assertThat(conflict.messageKey()).isEqualTo("record.changedByOther");
        assertThat(conflict.arguments()).containsExactly(first.order().number());
        assertThat(conflict.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.LINE_ADDED);
            assertThat(c.subject()).isEqualTo("四轮定位");
            assertThat(c.changedBy()).isEqualTo("lina");
        });
        assertThat(plan().lines()).extracting(RepairLine::description).containsExactly("四轮定位");
        assertThat(plan().version()).isEqualTo(first.version());
    }

    @Test
    void twoWorkstationsSavingAtOnceNeverBothWin() throws Exception {
        int read = plan().version();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<String> save = () -> {
                start.await();
                try {
                    repair.addLine(f.orderId(), read, LineInput.fee("洗车", Money.of("30.00"), Payer.CUSTOMER), false);
                    return "saved";
                } catch (OrderChangedException e) {
                    return "refused";
                }
            };
            var a = pool.submit(save);
            var b = pool.submit(save);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("saved", "refused");
        } finally {
            pool.shutdownNow();
        }
        assertThat(plan().lines()).hasSize(1);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        int v = plan().version();
        InvalidFieldsException zero = catchThrowableOfType(() -> repair.addLine(f.orderId(), v,
                LineInput.labour(f.alignment.id(), q("0"), Payer.CUSTOMER), false), InvalidFieldsException.class);
        assertThat(zero.byField().get(LineInput.QUANTITY).messageKey()).isEqualTo("repairLine.invalid.hours");
        InvalidFieldsException negative = catchThrowableOfType(() -> repair.addLine(f.orderId(), v,
                LineInput.part(f.filter.id(), q("-1"), Payer.CUSTOMER), false), InvalidFieldsException.class);
        assertThat(negative.byField().get(LineInput.QUANTITY).messageKey()).isEqualTo("repairLine.invalid.quantity");
        InvalidFieldsException noCategory = catchThrowableOfType(() -> repair.addLine(f.orderId(), v,
                new LineInput(LineKind.LABOUR, null, null, "检查异响", null, q("0.5"), null, Payer.CUSTOMER, null), false),
                InvalidFieldsException.class);
        assertThat(noCategory.byField().get(LineInput.CATEGORY).messageKey()).isEqualTo("labourRate.categoryRequired");
        InvalidFieldsException tooFine = catchThrowableOfType(() -> repair.addLine(f.orderId(), v,
                LineInput.labour(f.alignment.id(), q("0.125"), Payer.CUSTOMER), false), InvalidFieldsException.class);
        assertThat(tooFine.byField()).containsKey(LineInput.QUANTITY);
        assertRefused(() -> repair.approve(f.orderId(), v, ApprovalInput.counter("张伟")), "repairApproval.emptyPlan");
        InvalidFieldsException phone = catchThrowableOfType(() -> repair.approve(f.orderId(), v,
                ApprovalInput.phone("张伟", "", null, " ")), InvalidFieldsException.class);
        assertThat(phone.byField()).containsOnlyKeys(ApprovalInput.CALLED_BY, ApprovalInput.CALLED_AT,
                ApprovalInput.WHAT_WAS_SAID);

        f.as("zhoujie");
        assertRefused(() -> f.services.labourCatalog().setRate(null, "400"), "labourRate.categoryRequired");
        InvalidFieldsException badHours = catchThrowableOfType(() -> f.services.labourCatalog().saveOperation(null, 0,
                new LabourOperationInput("AC-01", "空调滤芯更换", null, RepairCategory.MINOR_REPAIR, "-0.3", null, true)),
                InvalidFieldsException.class);
        assertThat(badHours.byField()).containsOnlyKeys(LabourOperationInput.STANDARD_HOURS);

        f.as("lina");
        assertThat(plan().lines()).isEmpty();
        assertThat(plan().version()).isEqualTo(v);
        assertThat(plan().status()).isEqualTo(RepairOrderStatus.RECEIVED);
    }

    @Test
    void anAdvisorMayNotChangeTheCatalog() {
        assertThat(catchThrowableOfType(() -> f.services.labourCatalog().setRate(RepairCategory.PAINT, "500"),
                com.fours.workbench.security.AccessDeniedException.class)).isNotNull();
        assertThat(f.services.labourCatalog().rates()).filteredOn(r -> r.category() == RepairCategory.PAINT)
                .singleElement().satisfies(r -> {
                    assertThat(r.own()).isFalse();
                    assertThat(r.hourlyRate()).isEqualTo(Money.of("380.00"));
                });
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        BusinessRuleException refused = catchThrowableOfType(call, BusinessRuleException.class);
        assertThat(refused).as("refused with " + key).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(key);
    }

    private int openRequests() {
        return f.services.transactions().read(h -> h.createQuery(
                "SELECT COUNT(*) FROM purchase_request WHERE repair_order_id = :o AND status = 'OPEN'")
                .bind("o", f.orderId()).mapTo(Integer.class).one());
    }
}
