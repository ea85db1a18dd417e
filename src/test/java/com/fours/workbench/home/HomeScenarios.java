package com.fours.workbench.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.fours.workbench.app.AppServices;
import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.CashDayCount;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.PaymentInput;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.cashier.SettlementInput;
import com.fours.workbench.repair.DispatchTarget;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.security.Role;
import com.fours.workbench.testing.MutableClock;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The home page's lines on hand-made data, through the real services, for H2 and PostgreSQL alike:
 * what shows for whom, and what stops showing (a job given to another technician, a car handed back,
 * a day closed).
 */
final class HomeScenarios {

    private final CashierFixture f;
    private final AppServices services;
    private final MutableClock clock;

    HomeScenarios(AppServices setUp, MutableClock clock) {
        this.f = new CashierFixture(setUp);
        this.services = f.services;
        this.clock = clock;
        TestWorkbench.addUser(services, "liqiang", CashierFixture.PASSWORD, Role.TECHNICIAN);
    }

    HomeLine line(String user, HomeLineKind kind) {
        f.as(user);
        return services.home().page().lines().stream().filter(l -> l.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no line " + kind));
    }

    List<HomeLineKind> kinds(String user) {
        f.as(user);
        return services.home().page().lines().stream().map(HomeLine::kind).toList();
    }

    /** An order to settle shows at the cashier's and not at the advisor's hand-back; settled and paid it moves on; handed back it is gone. */
    void anOrderFromTheDeskToTheGate() {
        long order = f.readyOrder(List.of(CashierFixture.fee("机油更换", "1", "380.00", Payer.CUSTOMER)));
        String number = services.cashier().order(order).order().number();

        HomeLine toSettle = line("chenjing", HomeLineKind.TO_SETTLE);
        assertThat(toSettle.count()).isEqualTo(1);
        assertThat(toSettle.first()).extracting(HomeItem::name).containsExactly(number + " · 粤A12345");
        assertThat(toSettle.first().get(0).recordId()).isEqualTo(order);
        assertThat(line("chenjing", HomeLineKind.DAYS_NOT_CLOSED).count()).isZero();
        assertThat(line("lina", HomeLineKind.READY_TO_HAND_BACK).count()).isZero();

        f.as("chenjing");
        for (BillDetails bill : services.cashier().settle(order, f.version(order), SettlementInput.plain(), null)) {
            services.payments().pay(bill.id(), PaymentInput.today(PaymentMethod.BANK_CARD, bill.bill().total().toPlainString()));
        }
        assertThat(line("chenjing", HomeLineKind.TO_SETTLE).count()).isZero();
        HomeLine handBack = line("lina", HomeLineKind.READY_TO_HAND_BACK);
        assertThat(handBack.count()).isEqualTo(1);
        assertThat(handBack.first()).extracting(HomeItem::recordId).containsExactly(order);
        HomeLine today = line("chenjing", HomeLineKind.DAYS_NOT_CLOSED);
        assertThat(today.count()).isEqualTo(1);
        assertThat(today.overdue()).as("today's day is not late yet").isZero();

        clock.advance(Duration.ofDays(1));
        HomeLine yesterday = line("chenjing", HomeLineKind.DAYS_NOT_CLOSED);
        assertThat(yesterday.overdue()).isEqualTo(1);
        assertThat(yesterday.first()).allMatch(HomeItem::overdue);
        f.as("chenjing");
        services.cashUp().close(services.cashUp().today().minusDays(1), new CashDayCount("0", "0", ""));
        assertThat(line("chenjing", HomeLineKind.DAYS_NOT_CLOSED).count()).as("a closed day").isZero();

        f.as("chenjing");
        services.deliveries().deliver(order, f.version(order), 5, null);
        assertThat(line("lina", HomeLineKind.READY_TO_HAND_BACK).count()).as("a delivered car").isZero();
        assertThat(line("lina", HomeLineKind.PAST_PROMISED).first()).extracting(HomeItem::recordId)
                .as("a delivered car is never late").doesNotContain(order);
    }

    /** A line waits for dispatch at the team lead's; given to one technician, it is that technician's job only. */
    void aJobIsTheTechniciansItIsGivenTo() {
        long order = f.inProgressOrder(List.of(CashierFixture.labour(f.repair.alignment.id(), "1.2", null, Payer.CUSTOMER)));
        assertThat(line("wanggang", HomeLineKind.TO_DISPATCH).count()).isEqualTo(1);
        assertThat(line("zhangwei", HomeLineKind.MY_JOBS).count()).isZero();

        f.as("wanggang");
        RepairLine labour = services.repairOrderService().plan(order).lines().stream()
                .filter(l -> l.kind() == LineKind.LABOUR).findFirst().orElseThrow();
        DispatchTarget zhangwei = services.dispatch().targets().stream()
                .filter(t -> t.name().equals("zhangwei 测试")).findFirst().orElseThrow();
        services.dispatch().assign(labour.id(), zhangwei);

        assertThat(line("wanggang", HomeLineKind.TO_DISPATCH).count()).isZero();
        HomeLine mine = line("zhangwei", HomeLineKind.MY_JOBS);
        assertThat(mine.count()).isEqualTo(1);
        assertThat(mine.first()).extracting(HomeItem::recordId).containsExactly(order);
        assertThat(line("liqiang", HomeLineKind.MY_JOBS).count()).as("another technician's job").isZero();
    }

    /** An order received and planned waits for the customer's approval; approved, it no longer does. */
    void anOrderWaitsForTheCustomersApproval() {
        long order = f.repair.orderId();
        f.as("lina");
        var ro = services.repairOrderService();
        assertThat(line("lina", HomeLineKind.AWAITING_APPROVAL).count()).as("received, nothing planned yet").isZero();
        f.as("lina");
        var plan = ro.addLine(order, ro.plan(order).version(),
                CashierFixture.fee("检查", "1", "50.00", Payer.CUSTOMER), false);
        assertThat(plan.status()).isEqualTo(com.fours.workbench.repair.RepairOrderStatus.PLANNED);
        assertThat(line("lina", HomeLineKind.AWAITING_APPROVAL).first()).extracting(HomeItem::recordId).containsExactly(order);
        assertThat(line("zhoujie", HomeLineKind.AWAITING_APPROVAL).count()).as("the manager sees it too").isEqualTo(1);
        f.as("lina");
        ro.approve(order, ro.plan(order).version(), com.fours.workbench.repair.ApprovalInput.counter("张伟"));
        assertThat(line("lina", HomeLineKind.AWAITING_APPROVAL).count()).as("approved").isZero();
    }

    /** An order in QC waits for the self-check of the technician who worked on it, then the recheck, then the final check. */
    void theQcLinesFollowTheSignOff() {
        long order = f.inProgressOrder(List.of(CashierFixture.labour(f.repair.alignment.id(), "1.2", null, Payer.CUSTOMER)));
        var ro = services.repairOrderService();
        f.as("wanggang");
        RepairLine labour = ro.plan(order).lines().stream().filter(l -> l.kind() == LineKind.LABOUR).findFirst().orElseThrow();
        services.dispatch().assign(labour.id(), services.dispatch().targets().stream()
                .filter(t -> t.name().equals("zhangwei 测试")).findFirst().orElseThrow());
        services.transactions().useTransaction(h -> ro.lineDone(h, labour.id()));
        f.as("lina");
        ro.transition(order, ro.plan(order).version(), com.fours.workbench.repair.RepairOrderStatus.IN_QC);

        assertThat(line("zhangwei", HomeLineKind.SELF_CHECKS).first()).extracting(HomeItem::recordId).containsExactly(order);
        assertThat(line("liqiang", HomeLineKind.SELF_CHECKS).count()).as("another technician's order").isZero();
        assertThat(line("wanggang", HomeLineKind.RECHECKS).count()).isZero();

        f.as("zhangwei");
        services.qcSignOff().pass(order, com.fours.workbench.qc.QcLevel.SELF_CHECK, passes(order), null);
        assertThat(line("zhangwei", HomeLineKind.SELF_CHECKS).count()).isZero();
        assertThat(line("wanggang", HomeLineKind.RECHECKS).count()).isEqualTo(1);
        assertThat(line("sunli", HomeLineKind.FINAL_CHECKS).count()).isZero();

        f.as("wanggang");
        services.qcSignOff().pass(order, com.fours.workbench.qc.QcLevel.RECHECK, passes(order), null);
        assertThat(line("wanggang", HomeLineKind.RECHECKS).count()).isZero();
        assertThat(line("sunli", HomeLineKind.FINAL_CHECKS).first()).extracting(HomeItem::recordId).containsExactly(order);
        assertThat(services.qcSheets().orders()).filteredOn(r -> r.repairOrderId() == order)
                .extracting(r -> r.waitingFor()).as("QC's own list agrees").containsExactly(com.fours.workbench.qc.QcLevel.FINAL_CHECK);
    }

    private List<com.fours.workbench.qc.ItemCheck> passes(long order) {
        return services.qcSheets().sheet(order).checklist().stream()
                .map(i -> com.fours.workbench.qc.ItemCheck.pass(i.id())).toList();
    }

    /**
     * The clerk's reorder line, one query of its own, says what the purchasing pane's reorder list
     * says (PurchasingService's rule): a part below its point is suggested, one with stock or with
     * enough on a sent purchase order is not, one with stock that an order in work has reserved is,
     * in part-number order.
     */
    void theReorderLineIsThePurchasingRule() {
        f.as("zhoujie");
        var parts = services.parts();
        var below = parts.create(part("10000-00001", "5", "20"));
        var stocked = parts.create(part("10000-00002", "2", "10"));
        var ordered = parts.create(part("10000-00003", "5", "10"));
        var noPoint = parts.create(part("10000-00004", "0", "0"));
        var reserved = parts.create(part("10000-00005", "2", "10"));
        var bin = parts.createBin("H-01-01", null);
        var supplier = services.purchasing().createSupplier("HOME-1", "广汽丰田配件中心", null, null, null);
        services.purchasing().receiveWithoutOrder(supplier.id(), "GT-9", "期初库存", List.of(
                com.fours.workbench.parts.ReceiptLineInput.withoutOrder(stocked.id(), bin.id(),
                        new java.math.BigDecimal("10"), com.fours.workbench.core.Money.of("20.00")),
                com.fours.workbench.parts.ReceiptLineInput.withoutOrder(reserved.id(), bin.id(),
                        new java.math.BigDecimal("10"), com.fours.workbench.core.Money.of("20.00"))));
        // 10 on hand, 9 of them reserved by an order in work: projected 1, below its point of 2
        f.inProgressOrder(List.of(com.fours.workbench.repair.LineInput.part(reserved.id(), new java.math.BigDecimal("9"),
                Payer.CUSTOMER)));
        f.as("zhoujie");
        var draft = services.purchasing().createOrder(supplier.id(), List.of(new com.fours.workbench.parts.OrderLineInput(
                ordered.id(), new java.math.BigDecimal("8"), com.fours.workbench.core.Money.of("30.00"))), null);
        services.purchasing().send(draft.id(), draft.version());

        f.as("zhaolei");
        List<com.fours.workbench.parts.ReorderSuggestion> rule = services.purchasing().reorderSuggestions();
        HomeLine line = line("zhaolei", HomeLineKind.REORDER);
        assertThat(line.count()).isEqualTo(rule.size());
        assertThat(line.first()).extracting(HomeItem::name)
                .containsExactlyElementsOf(rule.stream().limit(HomeService.FIRST).map(r -> r.partNumber()).toList());
        assertThat(line.first()).extracting(HomeItem::recordId)
                .containsExactlyElementsOf(rule.stream().limit(HomeService.FIRST).map(r -> r.partId()).toList());
        assertThat(rule).extracting(r -> r.partNumber()).contains(below.partNumber(), reserved.partNumber())
                .doesNotContain(stocked.partNumber(), ordered.partNumber(), noPoint.partNumber());
    }

    private static com.fours.workbench.parts.PartInput part(String number, String reorderPoint, String reorderQuantity) {
        return new com.fours.workbench.parts.PartInput(number, "配件" + number, null, "丰田", null,
                com.fours.workbench.parts.PartUnit.PCS, com.fours.workbench.parts.PartCategory.FILTER, "", reorderPoint,
                reorderQuantity, com.fours.workbench.parts.PricePolicy.COST_PLUS, "", true);
    }

    /** Each role sees its own lines and nobody else's. */
    void eachRoleSeesItsOwnLines() {
        assertThat(kinds("chenjing")).containsExactly(HomeLineKind.TO_SETTLE, HomeLineKind.DAYS_NOT_CLOSED);
        assertThat(kinds("zhangwei")).containsExactly(HomeLineKind.MY_JOBS, HomeLineKind.SELF_CHECKS);
        assertThat(kinds("wanggang")).containsExactly(HomeLineKind.TO_DISPATCH, HomeLineKind.RECHECKS);
        assertThat(kinds("sunli")).containsExactly(HomeLineKind.FINAL_CHECKS);
        assertThat(kinds("zhaolei")).containsExactly(HomeLineKind.PICKS, HomeLineKind.RECEIPTS_DUE, HomeLineKind.REORDER,
                HomeLineKind.COUNTS_IN_PROGRESS);
        assertThat(kinds("lina")).containsExactly(HomeLineKind.ARRIVALS, HomeLineKind.PAST_PROMISED,
                HomeLineKind.LATE_NOT_CONTACTED, HomeLineKind.AWAITING_APPROVAL, HomeLineKind.READY_TO_HAND_BACK);
        assertThat(kinds("zhoujie")).contains(HomeLineKind.STOCKTAKES_TO_APPROVE, HomeLineKind.COMPLAINTS_OVERDUE,
                HomeLineKind.PAST_PROMISED).doesNotContain(HomeLineKind.MY_JOBS, HomeLineKind.PICKS);
        services.authentication().logout();
        services.authentication().login(TestWorkbench.ADMIN, TestWorkbench.ADMIN_PASSWORD.toCharArray());
        assertThat(services.home().page().lines()).as("the administrator's roles have no lines").isEmpty();
    }
}
