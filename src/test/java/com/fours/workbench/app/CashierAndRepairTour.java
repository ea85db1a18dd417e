package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;

import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.core.i18n.Messages;
import com.fours.workbench.repair.LineKind;
import com.fours.workbench.repair.RepairLine;
import com.fours.workbench.repair.RepairOrderRow;

/**
 * Not a test: the demo store at 14:00 in Chinese, saved as PNGs to look at, one walk a folder
 * (or all into -Dscreenshots=DIR). The repair-order screens under target/repair-tour; the cashier's
 * desk under target/cashier-tour: the waiting order with the member discount and a coupon, then its
 * bill paid by two methods, and the manager's discount policy. Run with
 * {@code mvn -o test -Dtest=CashierAndRepairTour -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CashierAndRepairTour {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo().at("2026-11-27T06:00:00Z").in(Messages.CHINESE).size(1366, 768);

    /** In this order: the repair walk only looks, the cashier's settles and pays an order. */
    enum Walk {
        REPAIR("target/repair-tour"),
        CASHIER("target/cashier-tour");

        final String folder;

        Walk(String folder) {
            this.folder = folder;
        }
    }

    @ParameterizedTest
    @EnumSource(Walk.class)
    void tour(Walk walk, FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("screenshots", walk.folder));
        Files.createDirectories(out);
        switch (walk) {
            case REPAIR -> repair(robot, out);
            case CASHIER -> cashier(robot, out);
        }
    }

    private static void repair(FxRobot robot, Path out) {
        ui.logIn(robot, "manager");
        WorkbenchRobot.selectModule(robot, "tab-REPAIR_ORDERS");
        waitUntil(() -> robot.lookup("#repairOrderList").tryQuery().map(n -> !((TableView<?>) n).getItems().isEmpty())
                .orElse(false));
        // an order in work whose plan holds labour and parts lines in more than one state
        TableView<RepairOrderRow> list = robot.lookup("#repairOrderList").queryAs(TableView.class);
        TableView<RepairLine> lines = robot.lookup("#planLines").queryAs(TableView.class);
        List<RepairOrderRow> candidates = list.getItems().stream().filter(r -> r.total().isPositive()).toList();
        RepairOrderRow chosen = null;
        for (RepairOrderRow row : candidates) {
            robot.interact(() -> list.getSelectionModel().select(row));
            waitUntil(() -> !lines.getItems().isEmpty() && lines.getItems().get(0).repairOrderId() == row.id());
            List<RepairLine> shown = List.copyOf(lines.getItems());
            if (shown.stream().anyMatch(l -> l.kind() == LineKind.LABOUR) && shown.stream().anyMatch(l -> l.kind() == LineKind.PART)) {
                chosen = chosen == null ? row : chosen;
                if (shown.stream().map(RepairLine::status).distinct().count() > 1) {
                    chosen = row;
                    break;
                }
            }
        }
        RepairOrderRow order = chosen == null ? candidates.get(0) : chosen;
        robot.interact(() -> list.getSelectionModel().select(order));
        waitUntil(() -> !lines.getItems().isEmpty() && lines.getItems().get(0).repairOrderId() == order.id());
        WorkbenchRobot.save(robot.lookup("#mainWindow").query().getScene(), out.resolve("repair-orders.png"));
        WorkbenchRobot.selectTab(robot, "#repairSections", "repairTab-catalog");
        waitUntil(() -> robot.lookup("#catalogOperations").tryQuery().map(n -> !((TableView<?>) n).getItems().isEmpty())
                .orElse(false));
        WorkbenchRobot.save(robot.lookup("#mainWindow").query().getScene(), out.resolve("repair-catalog.png"));
    }

    private static void cashier(FxRobot robot, Path out) throws InterruptedException {
        ui.logIn(robot, "cashier", "#tab-CASHIER");
        WorkbenchRobot.selectModule(robot, "tab-CASHIER");
        waitUntil(() -> robot.lookup("#cashierOrders").tryQuery().map(n -> !((TableView<?>) n).getItems().isEmpty())
                .orElse(false));
        robot.interact(() -> robot.lookup("#cashierOrders").queryAs(TableView.class).getSelectionModel().select(0));
        waitUntil(() -> !text(robot, "#cashierPreviewTotals").isEmpty());
        robot.clickOn("#cashierMemberDiscount");
        robot.interact(() -> robot.lookup("#cashierCoupon").queryAs(TextInputControl.class).setText("WELCOME50"));
        robot.interact(() -> robot.lookup("#cashierPreview").queryAs(ButtonBase.class).fire());
        waitUntil(() -> text(robot, "#cashierPreviewTotals").contains("优惠"));
        Thread.sleep(300);
        WorkbenchRobot.save(robot.lookup("#cashierPane").query().getScene(), out.resolve("cashier-settlement.png"));
        robot.interact(() -> robot.lookup("#cashierSettle").queryAs(ButtonBase.class).fire());
        waitUntil(() -> text(robot, "#cashierMessage").startsWith("已结算"));
        robot.interact(() -> robot.lookup("#cashierPayMethod").queryAs(ComboBox.class).setValue(PaymentMethod.WECHAT_PAY));
        robot.interact(() -> robot.lookup("#cashierPayAmount").queryAs(TextInputControl.class).setText("300"));
        robot.interact(() -> robot.lookup("#cashierPay").queryAs(ButtonBase.class).fire());
        waitUntil(() -> text(robot, "#cashierMessage").startsWith("已收"));
        robot.interact(() -> robot.lookup("#cashierPayMethod").queryAs(ComboBox.class).setValue(PaymentMethod.CASH));
        robot.interact(() -> robot.lookup("#cashierPayAmount").queryAs(TextInputControl.class).setText("1000"));
        robot.interact(() -> robot.lookup("#cashierPay").queryAs(ButtonBase.class).fire());
        waitUntil(() -> text(robot, "#cashierMessage").startsWith("现金收"));
        waitUntil(() -> text(robot, "#cashierGate").startsWith("车辆可以出厂"));
        Thread.sleep(300);
        WorkbenchRobot.save(robot.lookup("#cashierPane").query().getScene(), out.resolve("cashier-bills.png"));

        // the manager's discount policy: member levels, limits per role, coupons, customers on account
        WorkbenchRobot.logOut(robot);
        ui.logIn(robot, "manager", "#tab-CASHIER");
        WorkbenchRobot.selectModule(robot, "tab-CASHIER");
        WorkbenchRobot.selectTab(robot, "#cashierSections", "cashierTab-policy");
        waitUntil(() -> robot.lookup("#policyAccounts").tryQuery().map(n -> !((TableView<?>) n).getItems().isEmpty())
                .orElse(false));
        Thread.sleep(300);
        WorkbenchRobot.save(robot.lookup("#policyAccounts").query().getScene(), out.resolve("cashier-policy.png"));
    }
}
