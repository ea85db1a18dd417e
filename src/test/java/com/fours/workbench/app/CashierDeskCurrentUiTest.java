package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.clickWhenShown;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.cashier.BillDetails;
import com.fours.workbench.cashier.CashierFixture;
import com.fours.workbench.cashier.CashierOrderRow;
import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.Payer;
import com.fours.workbench.repair.RepairFixture;
import com.fours.workbench.testing.TestWorkbench;

/**
 * Issue 15, problems 1 and 7 at the cashier's desk: the totals, the discount limit and the
 * manager's prompt follow the discount as it is typed; an error leaves its field as it is
 * corrected; the order list shows what was billed; voiding a bill asks, with the reason and, for a
 * cashier, the manager's name and password; a voided bill offers no step that no longer applies.
 */
class CashierDeskCurrentUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.setUpStore().password(RepairFixture.PASSWORD);

    private static CashierFixture fixture;
    private static AppServices services;
    private static long order;

    @BeforeAll
    static void openDatabase() {
        fixture = new CashierFixture(ui.services());
        services = fixture.services;
        fixture.as("lina");
        order = fixture.readyOrder(List.of(CashierFixture.fee("检测费", "1", "430.00", Payer.CUSTOMER)));
        services.authentication().logout();
        TestWorkbench.passwordsChosen(services, "chenjing", "zhoujie");
    }

    @Test
    void theDeskFollowsWhatIsTypedAndVoidingAsksWithAReasonAndAManager(FxRobot robot) {
        waitUntil(() -> robot.lookup("#loginButton").tryQuery().isPresent());
        WorkbenchRobot.logIn(robot, "chenjing", CashierFixture.PASSWORD);
        waitUntil(() -> robot.lookup("#tab-CASHIER").tryQuery().isPresent());
        WorkbenchRobot.selectModule(robot, "tab-CASHIER");
        waitUntil(() -> row(robot) != null);
        robot.interact(() -> robot.lookup("#cashierOrders").queryAs(TableView.class).getSelectionModel().select(row(robot)));
        waitUntil(() -> text(robot, "#cashierPreviewTotals").startsWith("Customer: ¥430.00"),
                () -> text(robot, "#cashierPreviewTotals"));

        // ¥200 is above the cashier's ¥50: said under the field and by the manager's prompt as it is typed
        type(robot, "#cashierManualReason", "老客户");
        type(robot, "#cashierManualDiscount", "200");
        waitUntil(() -> text(robot, "#cashierPreviewTotals").startsWith("Customer: ¥230.00"),
                () -> text(robot, "#cashierPreviewTotals"));
        waitUntil(() -> text(robot, "#cashierManualDiscountError").equals(
                "Above your limit of ¥50.00: a manager confirms it at the desk."),
                () -> text(robot, "#cashierManualDiscountError"));
        assertThat(shown(robot, "#cashierApproval")).as("the manager's prompt").isTrue();

        // changed to 30: the total, the error and the prompt follow without a click on Recalculate
        type(robot, "#cashierManualDiscount", "30");
        waitUntil(() -> text(robot, "#cashierPreviewTotals").startsWith("Customer: ¥400.00"),
                () -> text(robot, "#cashierPreviewTotals"));
        waitUntil(() -> text(robot, "#cashierManualDiscountError").isEmpty() && !shown(robot, "#cashierApproval"),
                () -> text(robot, "#cashierManualDiscountError") + " / " + text(robot, "#cashierApprovalNeeded"));

        fire(robot, "#cashierSettle");
        waitUntil(() -> text(robot, "#cashierMessage").startsWith("Settled: bills JS2026-"),
                () -> text(robot, "#cashierMessage"));
        // the list shows what was billed, not the plan's total
        waitUntil(() -> row(robot) != null && row(robot).total().toPlainString().equals("400.00"),
                () -> String.valueOf(row(robot)));

        // an error under a field goes as soon as the field is corrected, before the next attempt
        robot.interact(() -> robot.lookup("#cashierPayMethod").queryAs(ComboBox.class).setValue(PaymentMethod.WECHAT_PAY));
        type(robot, "#cashierPayAmount", "500");
        fire(robot, "#cashierPay");
        waitUntil(() -> !text(robot, "#cashierPayAmountError").isEmpty());
        type(robot, "#cashierPayAmount", "40");
        waitUntil(() -> text(robot, "#cashierPayAmountError").isEmpty(), () -> text(robot, "#cashierPayAmountError"));
        assertThat(robot.lookup("#cashierPayAmount").queryAs(Node.class).getPseudoClassStates().toString())
                .doesNotContain("danger");

        // voiding asks: the bill named, nothing voided on "keep"
        String number = services.transactions().read(h -> h.createQuery(
                "SELECT number FROM bill WHERE repair_order_id = :id").bind("id", order).mapTo(String.class).one());
        fire(robot, "#cashierVoid");
        waitUntil(() -> robot.lookup("#voidBillDialog").tryQuery().isPresent());
        assertThat(text(robot, "#voidBillQuestion")).startsWith("Void bill " + number + " (Customer, ¥400.00)?");
        clickWhenShown(robot, "#voidBillKeep");
        waitUntil(() -> robot.lookup("#voidBillDialog").tryQuery().isEmpty());
        assertThat(bills()).hasSize(1);

        // the reason is required, and a cashier may not void alone: the manager confirms in the dialog
        fire(robot, "#cashierVoid");
        waitUntil(() -> robot.lookup("#voidBillDialog").tryQuery().isPresent());
        clickWhenShown(robot, "#voidBillConfirm");
        waitUntil(() -> text(robot, "#voidBillReasonError").equals("This field is required."),
                () -> text(robot, "#voidBillReasonError") + " / " + text(robot, "#voidBillMessage"));
        robot.clickOn("#voidBillReason").write("抬头开错");
        assertThat(text(robot, "#voidBillReasonError")).as("cleared as it is typed").isEmpty();
        clickWhenShown(robot, "#voidBillConfirm");
        waitUntil(() -> text(robot, "#voidBillMessage").endsWith("may not void bills: a manager must confirm it."),
                () -> text(robot, "#voidBillMessage"));
        assertThat(bills()).hasSize(1);
        robot.clickOn("#voidBillApprover").write("zhoujie");
        robot.clickOn("#voidBillApproverPassword").write(CashierFixture.PASSWORD);
        clickWhenShown(robot, "#voidBillConfirm");
        waitUntil(() -> robot.lookup("#voidBillDialog").tryQuery().isEmpty(), () -> text(robot, "#voidBillMessage"));
        waitUntil(() -> text(robot, "#cashierMessage").startsWith("Bill " + number + " voided by reversal JS2026-"),
                () -> text(robot, "#cashierMessage"));

        assertThat(bills()).containsExactly("", "抬头开错");
        String audited = services.transactions().read(h -> h.createQuery(
                "SELECT after_value FROM audit_log WHERE action = 'BILL_VOIDED'").mapTo(String.class).one());
        assertThat(audited).contains("reason=抬头开错", "approvedBy=zhoujie");

        // the voided bill offers neither another void nor a payment; the list nets the reversal
        waitUntil(() -> selectedBillVoided(robot));
        assertThat(disabled(robot, "#cashierVoid")).isTrue();
        assertThat(disabled(robot, "#cashierPay")).isTrue();
        assertThat(disabled(robot, "#cashierRefund")).isTrue();
        assertThat(disabled(robot, "#cashierReissue")).isFalse();
        waitUntil(() -> row(robot) != null && row(robot).total().toPlainString().equals("0.00"),
                () -> String.valueOf(row(robot)));
        services.authentication().logout();
    }

    /** The order's bills' reasons, read from the database (the screen's session is not touched). */
    private static List<String> bills() {
        return services.transactions().read(h -> h.createQuery(
                "SELECT COALESCE(reason, '') FROM bill WHERE repair_order_id = :id ORDER BY id")
                .bind("id", order).mapTo(String.class).list());
    }

    private static boolean selectedBillVoided(FxRobot robot) {
        Object selected = robot.lookup("#cashierBills").queryAs(TableView.class).getSelectionModel().getSelectedItem();
        return selected instanceof BillDetails b && b.voided();
    }

    @SuppressWarnings("unchecked")
    private static CashierOrderRow row(FxRobot robot) {
        List<Object> items = robot.lookup("#cashierOrders").tryQueryAs(TableView.class)
                .map(t -> List.<Object>copyOf(t.getItems())).orElse(List.of());
        return items.stream().map(CashierOrderRow.class::cast).filter(r -> r.id() == order).findFirst().orElse(null);
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Node.class).isVisible();
    }

    private static boolean disabled(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ButtonBase.class).isDisabled();
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
}
