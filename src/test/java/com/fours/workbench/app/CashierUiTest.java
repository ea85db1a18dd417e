package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.CashierOrderRow;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.Money;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.customers.Customer;
import com.fours.workbench.customers.CustomerInput;
import com.fours.workbench.customers.MemberLevel;
import com.fours.workbench.repair.LineInput;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.repair.RepairOrderStatus;
import com.fours.workbench.testing.TestWorkbench;

/**
 * The issue's flow at the cashier's desk, headless: settle a QC-passed order with the member
 * discount, take two payments (WeChat Pay, then cash with change), print the bill, hand the car back.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class CashierUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.setUpStore().in(Messages.CHINESE).password(RepairFixture.PASSWORD);

    private static CashierFixture fixture;
    private static AppServices services;
    private static long order;
    private static long second;

    @BeforeAll
    static void openDatabase() {
        fixture = new CashierFixture(ui.services());
        services = fixture.services;
        fixture.as("lina");
        Customer c = fixture.repair.customer;
        services.customers().update(c.id(), c.version(), new CustomerInput(c.kind(), c.name(), "138 1234 5678", "",
                c.address(), "", c.preferredContact(), true, MemberLevel.GOLD, ""));
        order = fixture.readyOrder(List.of(LineInput.labour(fixture.repair.oilChange.id(), new BigDecimal("0.5"),
                        Payer.CUSTOMER), LineInput.part(fixture.repair.filter.id(), new BigDecimal("1"), Payer.CUSTOMER),
                LineInput.part(fixture.repair.oil.id(), new BigDecimal("4.5"), Payer.CUSTOMER)));
        second = fixture.anotherReadyOrder(List.of(CashierFixture.fee("检测费", "1", "100.00", Payer.CUSTOMER)));
        services.authentication().logout();
        TestWorkbench.passwordsChosen(services, "chenjing", "zhoujie");
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void theCashierSettlesWithTheMemberDiscountTakesTwoPaymentsPrintsAndHandsTheCarBack(FxRobot robot) {
        ui.logIn(robot, "chenjing", "#tab-CASHIER");
        WorkbenchRobot.selectModule(robot, "tab-CASHIER");
        waitUntil(() -> orders(robot).size() == 2);
        CashierOrderRow row = orders(robot).stream().filter(r -> r.id() == order).findFirst().orElseThrow();
        String number = row.number();
        robot.interact(() -> robot.lookup("#cashierOrders").queryAs(TableView.class).getSelectionModel().select(row));
        waitUntil(() -> text(robot, "#cashierTitle").startsWith(number));
        waitUntil(() -> text(robot, "#cashierPreviewTotals").contains("¥676.00"));

        // the member discount: gold takes 10 % off labour, 5 % off parts
        robot.clickOn("#cashierMemberDiscount");
        waitUntil(() -> text(robot, "#cashierPreviewTotals").startsWith("客户：¥632.70"),
                () -> text(robot, "#cashierPreviewTotals"));
        assertThat(text(robot, "#cashierPreviewTotals")).contains("优惠 ¥43.30", "不含税 ¥559.91", "税额 ¥72.79");
        WorkbenchRobot.save(robot.lookup("#cashierPane").query().getScene(),
                Path.of("target", "cashier-settlement.png"));
        fire(robot, "#cashierSettle");
        waitUntil(() -> text(robot, "#cashierMessage").equals("已结算：开具结算单 JS2026-000001。"),
                () -> text(robot, "#cashierMessage"));
        waitUntil(() -> text(robot, "#cashierBillSummary").contains("尚欠 ¥632.70"));

        // two payments: WeChat Pay for part, then cash with change
        robot.interact(() -> robot.lookup("#cashierPayMethod").queryAs(ComboBox.class).setValue(PaymentMethod.WECHAT_PAY));
        type(robot, "#cashierPayAmount", "700");
        fire(robot, "#cashierPay");
        waitUntil(() -> text(robot, "#cashierPayAmountError").equals("700.00 超过应收 632.70：只有现金可以找零。"),
                () -> text(robot, "#cashierPayAmountError"));
        type(robot, "#cashierPayAmount", "500");
        type(robot, "#cashierPayReference", "4200009988");
        fire(robot, "#cashierPay");
        waitUntil(() -> text(robot, "#cashierBillSummary").contains("尚欠 ¥132.70"),
                () -> text(robot, "#cashierBillSummary") + " / " + text(robot, "#cashierMessage"));
        robot.interact(() -> robot.lookup("#cashierPayMethod").queryAs(ComboBox.class).setValue(PaymentMethod.CASH));
        type(robot, "#cashierPayAmount", "200");
        fire(robot, "#cashierPay");
        waitUntil(() -> text(robot, "#cashierMessage").equals("现金收 ¥132.70，请找零 ¥67.30。"),
                () -> text(robot, "#cashierMessage"));
        waitUntil(() -> text(robot, "#cashierBillSummary").contains("已付清"));

        // the bill in the preview
        fire(robot, "#cashierPrintBill");
        waitUntil(() -> previewWindow(robot) != null);
        assertThat(((Stage) previewWindow(robot)).getTitle()).contains("机动车维修结算清单 JS2026-000001");
        robot.interact(() -> ((Stage) previewWindow(robot)).close());

        // hand-back: the gate is open, satisfaction on the spot, the gate pass prints
        waitUntil(() -> text(robot, "#cashierGate").startsWith("车辆可以出厂。"), () -> text(robot, "#cashierGate"));
        WorkbenchRobot.save(robot.lookup("#cashierPane").query().getScene(), Path.of("target", "cashier-bills.png"));
        robot.interact(() -> robot.lookup("#cashierSatisfaction").queryAs(ComboBox.class).setValue(5));
        fire(robot, "#cashierDeliver");
        waitUntil(() -> text(robot, "#cashierMessage").startsWith("已交车，出门证 CM"), () -> text(robot, "#cashierMessage"));
        waitUntil(() -> previewWindow(robot) != null);
        assertThat(((Stage) previewWindow(robot)).getTitle()).contains("出门证");
        robot.interact(() -> ((Stage) previewWindow(robot)).close());

        fixture.as("chenjing");
        assertThat(services.cashier().order(order).status()).isEqualTo(RepairOrderStatus.DELIVERED);
        BillDetails bill = services.cashier().bills(order).get(0);
        assertThat(bill.bill().total()).isEqualTo(Money.of("632.70"));
        assertThat(bill.payments()).extracting(p -> p.method(), p -> p.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PaymentMethod.WECHAT_PAY, "500.00"),
                        org.assertj.core.groups.Tuple.tuple(PaymentMethod.CASH, "132.70"));
        assertThat(bill.payments().get(1).changeGiven()).isEqualTo(Money.of("67.30"));
        services.authentication().logout();
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void theManagerRefundsWithAReasonThenVoidsTheBillIntoARedReversal(FxRobot robot) {
        fixture.as("chenjing");
        BillDetails issued = services.cashier().settle(second, fixture.version(second),
                com.fours.workbench.cashier.SettlementInput.plain(), null).get(0);
        services.payments().pay(issued.id(), com.fours.workbench.cashier.PaymentInput.today(PaymentMethod.BANK_CARD,
                "100"));
        services.authentication().logout();

        ui.logIn(robot, "zhoujie", "#tab-CASHIER");
        WorkbenchRobot.selectModule(robot, "tab-CASHIER");
        waitUntil(() -> orders(robot).stream().anyMatch(r -> r.id() == second));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<CashierOrderRow> table = robot.lookup("#cashierOrders").queryAs(TableView.class);
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.id() == second).findFirst()
                    .orElseThrow());
        });
        waitUntil(() -> text(robot, "#cashierBillSummary").contains(issued.number()));

        // a refund needs its reason, shown under the field
        robot.interact(() -> robot.lookup("#cashierPayMethod").queryAs(ComboBox.class).setValue(PaymentMethod.BANK_CARD));
        type(robot, "#cashierPayAmount", "100");
        fire(robot, "#cashierRefund");
        waitUntil(() -> text(robot, "#cashierVoidReasonError").equals("此项必填。"),
                () -> text(robot, "#cashierVoidReasonError") + " / " + text(robot, "#cashierMessage"));
        type(robot, "#cashierVoidReason", "客户改为对公转账");
        fire(robot, "#cashierRefund");
        waitUntil(() -> text(robot, "#cashierMessage").equals("已退款 ¥100.00（银行卡）。"),
                () -> text(robot, "#cashierMessage"));

        type(robot, "#cashierVoidReason", "抬头开错");
        fire(robot, "#cashierVoid");
        WorkbenchRobot.clickWhenShown(robot, "#voidBillConfirm");
        waitUntil(() -> text(robot, "#cashierMessage").startsWith("结算单 " + issued.number() + " 已作废，红字冲销单 JS2026-"),
                () -> text(robot, "#cashierMessage"));
        waitUntil(() -> robot.lookup("#cashierBills").queryAs(TableView.class).getItems().size() == 2);

        // the manager keeps the discount policy in the tab's second section
        WorkbenchRobot.selectTab(robot, "#cashierSections", "cashierTab-policy");
        waitUntil(() -> robot.lookup("#policyLevels").tryQuery().map(n -> ((TableView<?>) n).getItems().size() == 4)
                .orElse(false));
        robot.interact(() -> robot.lookup("#policyLevel").queryAs(ComboBox.class)
                .setValue(com.fours.workbench.customers.MemberLevel.GOLD));
        type(robot, "#policyLabourPercent", "120");
        fire(robot, "#policySaveLevel");
        waitUntil(() -> text(robot, "#policyLabourPercentError").equals("请输入 0 到 100 之间的百分比。"));
        type(robot, "#policyLabourPercent", "12");
        fire(robot, "#policySaveLevel");
        waitUntil(() -> text(robot, "#policyMessage").equals("已保存金卡折扣。"), () -> text(robot, "#policyMessage"));

        // a fleet customer may pay on account: the manager finds him and grants a credit limit
        type(robot, "#accountSearch", "张伟");
        robot.interact(() -> robot.lookup("#accountSearch").queryAs(TextField.class).fireEvent(new ActionEvent()));
        waitUntil(() -> !robot.lookup("#accountCustomer").queryAs(ComboBox.class).getItems().isEmpty());
        type(robot, "#accountCreditLimit", "5000.555");
        fire(robot, "#accountGrant");
        waitUntil(() -> !text(robot, "#accountCreditLimitError").isEmpty(), () -> text(robot, "#policyMessage"));
        type(robot, "#accountCreditLimit", "5000");
        fire(robot, "#accountGrant");
        waitUntil(() -> text(robot, "#policyMessage").equals("张伟 的挂账额度已保存。"), () -> text(robot, "#policyMessage"));
        waitUntil(() -> robot.lookup("#policyAccounts").queryAs(TableView.class).getItems().size() == 1);

        fixture.as("zhoujie");
        assertThat(services.discountPolicy().policies()).filteredOn(p -> p.memberLevel()
                == com.fours.workbench.customers.MemberLevel.GOLD).singleElement()
                .satisfies(p -> assertThat(p.labourPercent()).isEqualByComparingTo("12"));
        assertThat(services.discountPolicy().accounts()).singleElement().satisfies(a -> {
            assertThat(a.customerName()).isEqualTo("张伟");
            assertThat(a.creditLimit()).isEqualTo(Money.of("5000.00"));
        });
        List<BillDetails> bills = services.cashier().bills(second);
        assertThat(bills.get(0).voided()).isTrue();
        assertThat(bills.get(1).bill().total()).isEqualTo(Money.of("-100.00"));
        assertThat(bills.get(1).bill().reason()).isEqualTo("抬头开错");
        services.authentication().logout();
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void theGoodwillAComplaintGaveTheCarIsOfferedAtTheDeskAndTakenOffTheBillInOneClick(FxRobot robot) {
        fixture.as("lina");
        long third = fixture.anotherReadyOrder(List.of(CashierFixture.fee("检测费", "1", "300.00", Payer.CUSTOMER)));
        long vehicle = services.cashier().order(third).order().vehicleId();
        java.time.LocalDate today = java.time.LocalDate.now(ui.clock());
        services.transactions().useTransaction(h -> com.fours.workbench.cashier.DiscountPolicyService.issueForVehicle(h,
                "GW-TS0001", com.fours.workbench.cashier.CouponKind.VALUE, new BigDecimal("50"), today,
                today.plusDays(90), "投诉善意补偿", vehicle, "zhoujie", ui.clock().instant()));
        services.authentication().logout();

        ui.logIn(robot, "chenjing", "#tab-CASHIER");
        WorkbenchRobot.selectModule(robot, "tab-CASHIER");
        waitUntil(() -> orders(robot).stream().anyMatch(r -> r.id() == third));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<CashierOrderRow> table = robot.lookup("#cashierOrders").queryAs(TableView.class);
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.id() == third).findFirst()
                    .orElseThrow());
        });
        waitUntil(() -> robot.lookup("#cashierGoodwill").query().isVisible());
        assertThat(robot.lookup("#cashierGoodwill").queryAs(javafx.scene.Parent.class).lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()))
                .contains("本车的善意补偿：GW-TS0001，¥50.00（投诉善意补偿），有效期至 " + com.fours.workbench.core.Formats
                        .of(Messages.CHINESE).date(today.plusDays(90)));
        fire(robot, "#cashierGoodwillApply-GW-TS0001");
        waitUntil(() -> robot.lookup("#cashierCoupon").queryAs(TextField.class).getText().equals("GW-TS0001"));
        waitUntil(() -> text(robot, "#cashierPreviewTotals").startsWith("客户：¥250.00"),
                () -> text(robot, "#cashierPreviewTotals"));
        assertThat(robot.lookup("#cashierGoodwillApply-GW-TS0001").queryAs(ButtonBase.class).isDisabled())
                .as("applied once").isTrue();
        fire(robot, "#cashierSettle");
        waitUntil(() -> text(robot, "#cashierMessage").startsWith("已结算：开具结算单 JS2026-"),
                () -> text(robot, "#cashierMessage"));

        fixture.as("chenjing");
        assertThat(services.cashier().bills(third).get(0).bill().total()).isEqualTo(Money.of("250.00"));
        assertThat(services.discountPolicy().couponsForOrder(third)).as("the coupon is used up").isEmpty();
        services.authentication().logout();
    }

    private static Window previewWindow(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().contains("JS2026") || w instanceof Stage s2 && s2.isShowing()
                && s2.getTitle() != null && s2.getTitle().contains("出门证")).findFirst().orElse(null);
    }

    /** Types into a field that may be below the fold of the scrolling desk: replaces its text. */
    private static void type(FxRobot robot, String query, String value) {
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(value));
    }

    /** Presses a button that may be below the fold of the scrolling desk. */
    private static void fire(FxRobot robot, String query) {
        waitUntil(() -> !robot.lookup(query).queryAs(ButtonBase.class).isDisabled());
        robot.interact(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
    }

    @SuppressWarnings("unchecked")
    private static List<CashierOrderRow> orders(FxRobot robot) {
        return robot.lookup("#cashierOrders").tryQueryAs(TableView.class)
                .map(t -> List.<CashierOrderRow>copyOf(t.getItems())).orElse(List.of());
    }
}
