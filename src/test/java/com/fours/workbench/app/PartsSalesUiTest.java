package com.fours.workbench.app;

import static com.fours.workbench.app.WorkbenchRobot.selectModule;
import static com.fours.workbench.app.WorkbenchRobot.selectTab;
import static com.fours.workbench.app.WorkbenchRobot.text;
import static com.fours.workbench.app.WorkbenchRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import com.fours.workbench.cashier.PaymentMethod;
import com.fours.workbench.partsales.PartsSale;
import com.fours.workbench.partsales.PartsSaleStatus;

/**
 * Issue 19's parts sale flow on the demo store: the trade customer's open order picked by the clerk
 * in the warehouse's Sales section, then billed and paid at the cashier's desk.
 */
class PartsSalesUiTest {

    @RegisterExtension
    static final WorkbenchFixture ui = WorkbenchFixture.demo();

    @Test
    void aTradeCustomersOrderIsPickedByTheClerkThenBilledAndPaidAtTheDesk(FxRobot robot) {
        ui.logIn(robot, "clerk");
        selectModule(robot, "tab-PARTS_WAREHOUSE");
        selectTab(robot, "#partsSections", "partsTab-sales");
        waitUntil(() -> row(robot, "#partsSalesOrders", false) >= 0, () -> text(robot, "#partsSalesMessage"));
        robot.interact(() -> robot.lookup("#partsSalesOrders").queryAs(TableView.class).getSelectionModel()
                .select(row(robot, "#partsSalesOrders", false)));
        PartsSale order = chosen(robot, "#partsSalesOrders");
        assertThat(order.status()).isEqualTo(PartsSaleStatus.OPEN);
        robot.clickOn("#partsSalePick");
        waitUntil(() -> text(robot, "#partsSalesMessage").contains("picked"), () -> text(robot, "#partsSalesMessage"));
        assertThat(text(robot, "#partsSalesMessage")).isEqualTo("Order " + order.number() + " picked.");

        WorkbenchRobot.logOut(robot);
        ui.logIn(robot, "cashier");
        selectModule(robot, "tab-CASHIER");
        selectTab(robot, "#cashierSections", "cashierTab-partsSales");
        waitUntil(() -> rowOf(robot, "#deskSalesOrders", order.number()) >= 0, () -> text(robot, "#deskSalesMessage"));
        robot.interact(() -> robot.lookup("#deskSalesOrders").queryAs(TableView.class).getSelectionModel()
                .select(rowOf(robot, "#deskSalesOrders", order.number())));
        robot.clickOn("#partsSaleBill");
        waitUntil(() -> text(robot, "#deskSalesMessage").startsWith("Bill XS"), () -> text(robot, "#deskSalesMessage"));
        PartsSale billed = chosen(robot, "#deskSalesOrders");
        assertThat(billed.number()).isEqualTo(order.number());
        assertThat(WorkbenchRobot.input(robot, "#partsSaleAmount")).isEqualTo(billed.due().toPlainString());

        robot.interact(() -> robot.lookup("#partsSaleMethod").queryAs(ComboBox.class).setValue(PaymentMethod.BANK_CARD));
        robot.clickOn("#partsSalePay");
        waitUntil(() -> text(robot, "#deskSalesMessage").contains("paid"), () -> text(robot, "#deskSalesMessage"));
        assertThat(text(robot, "#deskSalesMessage")).endsWith("paid in full.");
        waitUntil(() -> rowOf(robot, "#deskSalesOrders", order.number()) < 0);
        PartsSale paid = ui.services().partsSales().sale(order.id());
        assertThat(paid.paid()).isTrue();
        assertThat(paid.billNumber()).startsWith("XS2026-");
    }

    private static List<?> rows(FxRobot robot, String table) {
        return robot.lookup(table).tryQueryAs(TableView.class).map(t -> List.copyOf(t.getItems())).orElse(List.of());
    }

    /** The first row of a trade (or walk-in) order, or -1. */
    private static int row(FxRobot robot, String table, boolean walkIn) {
        List<?> rows = rows(robot, table);
        for (int i = 0; i < rows.size(); i++) {
            if (((PartsSale) rows.get(i)).walkIn() == walkIn) {
                return i;
            }
        }
        return -1;
    }

    private static int rowOf(FxRobot robot, String table, String number) {
        List<?> rows = rows(robot, table);
        for (int i = 0; i < rows.size(); i++) {
            if (((PartsSale) rows.get(i)).number().equals(number)) {
                return i;
            }
        }
        return -1;
    }

    private static PartsSale chosen(FxRobot robot, String table) {
        return (PartsSale) robot.lookup(table).queryAs(TableView.class).getSelectionModel().getSelectedItem();
    }
}
